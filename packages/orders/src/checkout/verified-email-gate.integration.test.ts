import { FAST_TEST_HASHING } from "@hunar/auth/password";
import { createAuthLimiter } from "@hunar/auth/rate-limit";
import { signUp } from "@hunar/auth/sign-up";
import { recordingAccountMail, TEST_SITE_ORIGIN } from "@hunar/auth/testing/account-mail";
import { verifyEmail } from "@hunar/auth/verify-email";
import { testDbKinds } from "@hunar/db/testing";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { describe, expect, it } from "vitest";
import { createCheckoutWorld } from "./checkout-fixtures.ts";
import { placeGigOrder } from "./place-gig-order.ts";

describe.each(testDbKinds())("placing an order waits for a verified e-mail, on %s", (kind) => {
  const t = useTestDb(kind);

  it("a new account is refused until it opens the link it was sent, and nothing is written meanwhile", async () => {
    const world = await createCheckoutWorld(t.db);
    const mail = recordingAccountMail();
    const deps = {
      db: t.db,
      limiter: createAuthLimiter({ redis: null }),
      passwordHashing: FAST_TEST_HASHING,
      mail,
      siteOrigin: TEST_SITE_ORIGIN,
    };
    const email = "new.client@example.pk";
    const { user } = await signUp(
      deps,
      { name: "Kiran", email, password: "chai-at-Lahore-4pm", intent: "HIRE", locale: "en" },
      { ip: "198.51.100.5" },
    );

    await expect(placeGigOrder(t.db, { userId: user.id }, { gigId: world.gigId, tier: "BASIC" })).rejects.toMatchObject({
      code: "FORBIDDEN",
      messageKey: "errors:emailNotVerified",
    });
    expect(await t.db.order.count({ where: { clientId: user.id } })).toBe(0);

    await verifyEmail(deps, mail.tokenSentTo(email, "/confirm-email"));
    const placed = await placeGigOrder(t.db, { userId: user.id }, { gigId: world.gigId, tier: "BASIC" });
    expect(placed.totalPaisa).toBeGreaterThan(0);
    expect(await t.db.order.count({ where: { clientId: user.id } })).toBe(1);
  });
});
