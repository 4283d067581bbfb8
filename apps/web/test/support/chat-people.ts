import { FAST_TEST_HASHING } from "@hunar/auth/password";
import { createAuthLimiter } from "@hunar/auth/rate-limit";
import { signUp } from "@hunar/auth/sign-up";
import { recordingAccountMail, TEST_SITE_ORIGIN } from "@hunar/auth/testing/account-mail";
import { verifyEmail } from "@hunar/auth/verify-email";
import type { Db } from "@hunar/db/client";

let people = 0;

export interface SignedInPerson {
  userId: string;
  cookie: string;
}

/**
 * A new account with a live session and its e-mail verified from the link it was sent (chat
 * needs that), made directly: the sign-up route would count against signup limits that (with
 * REDIS_URL) outlive the test run.
 */
export async function signedInPerson(db: Db, name: string): Promise<SignedInPerson> {
  people += 1;
  const mail = recordingAccountMail();
  const { user, token } = await signUp(
    { db, limiter: createAuthLimiter({ redis: null }), passwordHashing: FAST_TEST_HASHING, mail, siteOrigin: TEST_SITE_ORIGIN },
    {
      name,
      email: `chat-${process.pid}-${Date.now()}-${people}@example.com`,
      password: "correct-horse-battery-staple-42",
      intent: "BOTH",
      locale: "ur",
    },
    { ip: "127.0.0.1" },
  );
  await verifyEmail({ db, mail, siteOrigin: TEST_SITE_ORIGIN }, mail.tokenSentTo(user.email, "/confirm-email"));
  return { userId: user.id, cookie: `hunar_session=${token}` };
}
