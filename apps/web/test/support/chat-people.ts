import { FAST_TEST_HASHING } from "@hunar/auth/password";
import { createAuthLimiter } from "@hunar/auth/rate-limit";
import { signUp } from "@hunar/auth/sign-up";
import type { Db } from "@hunar/db/client";

let people = 0;

export interface SignedInPerson {
  userId: string;
  cookie: string;
}

/**
 * A new account with a live session, made directly: the sign-up route would count against
 * signup limits that (with REDIS_URL) outlive the test run.
 */
export async function signedInPerson(db: Db, name: string): Promise<SignedInPerson> {
  people += 1;
  const { user, token } = await signUp(
    { db, limiter: createAuthLimiter({ redis: null }), passwordHashing: FAST_TEST_HASHING },
    {
      name,
      email: `chat-${process.pid}-${Date.now()}-${people}@example.com`,
      password: "correct-horse-battery-staple-42",
      intent: "BOTH",
      locale: "ur",
    },
    { ip: "127.0.0.1" },
  );
  return { userId: user.id, cookie: `hunar_session=${token}` };
}
