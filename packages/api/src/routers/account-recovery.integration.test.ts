import { createAuthLimiter, type AuthLimiter } from "@hunar/auth/rate-limit";
import { testDbKinds } from "@hunar/db/testing";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { describeError } from "../errors.ts";
import { TestBrowser, rejection } from "../testing/test-browser.ts";

const PASSWORD = "chai-at-Lahore-4pm";
const NEW_PASSWORD = "karahi-in-Peshawar-9pm";

describe.each(testDbKinds())("password reset and e-mail verification through tRPC on %s", (kind) => {
  const t = useTestDb(kind);
  let limiter: AuthLimiter;
  beforeEach(() => {
    limiter = createAuthLimiter({ redis: null, keyPrefix: `test:${crypto.randomUUID()}` });
  });

  async function signedUp(email: string, locale: "ur" | "en" = "en") {
    const b = new TestBrowser(t.db, limiter);
    const { user } = await b.call((api) => api.auth.signUp({ name: "Ayesha Khan", email, password: PASSWORD, intent: "BOTH", locale }));
    return { b, user };
  }

  it("signs up unverified, verifies from the e-mailed link, and `me` says so", async () => {
    const { b, user } = await signedUp("verify.me@example.pk");
    expect(user.emailVerifiedAt).toBeNull();
    await b.mail.idle();
    const token = b.mail.tokenSentTo("verify.me@example.pk", "/confirm-email");
    const stranger = new TestBrowser(t.db, limiter);
    expect(await stranger.call((api) => api.auth.verifyEmail({ token }))).toEqual({ status: "verified", email: "verify.me@example.pk" });
    expect((await b.call((api) => api.auth.me()))?.emailVerifiedAt).toBeInstanceOf(Date);
    expect(await b.call((api) => api.auth.resendVerificationEmail())).toMatchObject({ status: "alreadyVerified" });
    const forged = await rejection(stranger.call((api) => api.auth.verifyEmail({ token: "forged" })));
    expect(describeError(forged, "en").message).toBe("This link has expired or is not complete. Ask for a new one.");
  });

  it("answers a reset request the same for every address, and the link resets once, ending every session", async () => {
    const { b } = await signedUp("reset.me@example.pk");
    const realtime = { disconnectSession: vi.fn(), disconnectUser: vi.fn() };
    const visitor = new TestBrowser(t.db, limiter, { realtime });
    expect(await visitor.call((api) => api.auth.requestPasswordReset({ email: "reset.me@example.pk" }))).toEqual({ ok: true });
    expect(await visitor.call((api) => api.auth.requestPasswordReset({ email: "no.one@example.pk" }))).toEqual({ ok: true });
    await visitor.mail.idle();
    expect(visitor.mail.sent.map((email) => email.to)).toEqual(["reset.me@example.pk"]);
    const token = visitor.mail.tokenSentTo("reset.me@example.pk", "/reset-password");

    expect(await visitor.call((api) => api.auth.checkResetToken({ token }))).toEqual({ usable: true });
    expect(await visitor.call((api) => api.auth.resetPassword({ token, newPassword: NEW_PASSWORD }))).toEqual({ ok: true });
    expect(realtime.disconnectUser).toHaveBeenCalledTimes(1);
    expect(await b.call((api) => api.auth.me())).toBeNull();
    expect(await visitor.call((api) => api.auth.checkResetToken({ token }))).toEqual({ usable: false });
    const again = await rejection(visitor.call((api) => api.auth.resetPassword({ token, newPassword: "one-more-time-Gilgit-5" })));
    expect(describeError(again, "ur").message).toBe(
      "پاس ورڈ ری سیٹ کا یہ لنک پرانا ہو چکا ہے یا پہلے ہی استعمال ہو چکا ہے۔ نیا لنک منگوائیں۔",
    );
    await visitor.call((api) => api.auth.logIn({ email: "reset.me@example.pk", password: NEW_PASSWORD }));
    expect(visitor.token).not.toBeNull();
  });

  it("changes the address only once the new one confirms, and the old one can take it back", async () => {
    const { b, user } = await signedUp("old.address@example.pk", "ur");
    const wrong = await rejection(
      b.call((api) => api.auth.requestEmailChange({ newEmail: "new.address@example.pk", currentPassword: "nope-nope-1" })),
    );
    expect(describeError(wrong, "en").fieldErrors).toEqual({ currentPassword: "Your current password is not correct." });
    expect(await b.call((api) => api.auth.requestEmailChange({ newEmail: "new.address@example.pk", currentPassword: PASSWORD }))).toEqual({
      newEmail: "new.address@example.pk",
    });
    expect(await b.call((api) => api.auth.me())).toMatchObject({ email: "old.address@example.pk" });
    const confirm = b.mail.tokenSentTo("new.address@example.pk", "/confirm-email");
    expect(await b.call((api) => api.auth.verifyEmail({ token: confirm }))).toEqual({ status: "changed", email: "new.address@example.pk" });
    expect(await b.call((api) => api.auth.me())).toMatchObject({ email: "new.address@example.pk" });

    await b.mail.idle();
    const restore = b.mail.tokenSentTo("old.address@example.pk", "/restore-email");
    const owner = new TestBrowser(t.db, limiter);
    const restored = await owner.call((api) => api.auth.restoreEmail({ token: restore }));
    expect(restored.resetToken).toMatch(/^[a-z2-7]{52}$/);
    expect(await b.call((api) => api.auth.me())).toBeNull();
    expect(await t.db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ email: "old.address@example.pk" });
    const used = await rejection(owner.call((api) => api.auth.restoreEmail({ token: restore })));
    expect(describeError(used, "en").message).toMatch(/^This link was already used or has expired/);
  });

  it("is protected where it should be: resend and e-mail change need a session", async () => {
    const visitor = new TestBrowser(t.db, limiter);
    for (const call of [
      visitor.call((api) => api.auth.resendVerificationEmail()),
      visitor.call((api) => api.auth.requestEmailChange({ newEmail: "x@example.pk", currentPassword: PASSWORD })),
    ]) {
      expect(await rejection(call)).toMatchObject({ code: "UNAUTHORIZED" });
    }
  });
});
