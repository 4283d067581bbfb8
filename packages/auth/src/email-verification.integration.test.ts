import { createTestUser } from "@hunar/db/testing/factories";
import { testDbKinds } from "@hunar/db/testing";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { describe, expect, it } from "vitest";
import { requestEmailChange } from "./change-email.ts";
import { logIn } from "./log-in.ts";
import { FAST_TEST_HASHING, hashPassword } from "./password.ts";
import { createAuthLimiter } from "./rate-limit.ts";
import { resendVerificationEmail } from "./resend-verification.ts";
import { checkResetToken, resetPassword } from "./reset-password.ts";
import { requestPasswordReset } from "./request-password-reset.ts";
import { checkRestoreToken, restoreEmail } from "./restore-email.ts";
import { createSession, validateSessionToken } from "./session.ts";
import { signUp } from "./sign-up.ts";
import { recordingAccountMail, TEST_SITE_ORIGIN } from "./testing/account-mail.ts";
import { verificationLinkState, verifyEmail } from "./verify-email.ts";

const PASSWORD = "chai-at-Lahore-4pm";
const meta = { ip: "198.51.100.80" };

describe.each(testDbKinds())("e-mail verification on %s", (kind) => {
  const t = useTestDb(kind);

  function deps() {
    const mail = recordingAccountMail();
    const d = {
      db: t.db,
      limiter: createAuthLimiter({ redis: null, keyPrefix: `test:${crypto.randomUUID()}` }),
      passwordHashing: FAST_TEST_HASHING,
      mail,
      siteOrigin: TEST_SITE_ORIGIN,
    };
    return { d, mail };
  }

  const verified = async (userId: string) => (await t.db.user.findUniqueOrThrow({ where: { id: userId } })).emailVerifiedAt;

  it("signs up unverified and mails a link in the chosen language that verifies the address once", async () => {
    const { d, mail } = deps();
    const email = "rabia@example.pk";
    const { user } = await signUp(d, { name: "Rabia", email, password: PASSWORD, intent: "BOTH", locale: "ur" }, meta);
    expect(user.emailVerifiedAt).toBeNull();
    await mail.idle();
    expect(mail.sent).toHaveLength(1);
    expect(mail.sent[0]).toMatchObject({ to: email, locale: "ur", subject: "ہنر کے لیے اپنے ای میل ایڈریس کی تصدیق کریں" });
    const token = mail.tokenSentTo(email, "/confirm-email");
    expect(await t.db.accountToken.findFirst({ where: { userId: user.id } })).toMatchObject({ purpose: "VERIFY_EMAIL", email });

    expect(await verificationLinkState(t.db, token)).toEqual({ status: "usable", purpose: "VERIFY_EMAIL", email });
    expect(await verificationLinkState(t.db, "not-the-token")).toEqual({ status: "invalid" });
    await expect(verifyEmail(d, "not-the-token")).rejects.toMatchObject({ code: "INVALID_STATE", messageKey: "errors:verifyLinkInvalid" });
    expect(await verified(user.id)).toBeNull();
    await expect(verifyEmail(d, token)).resolves.toEqual({ status: "verified", email });
    expect(await verified(user.id)).toBeInstanceOf(Date);
    // Opened again (or first by a mail scanner): done already, not an error.
    await expect(verifyEmail(d, token)).resolves.toEqual({ status: "alreadyVerified", email });
    expect(await verificationLinkState(t.db, token)).toEqual({ status: "alreadyVerified", email });
  });

  it("refuses an expired link and one sent to an address the account no longer has", async () => {
    const { d, mail } = deps();
    const email = "tariq@example.pk";
    const past = new Date(Date.now() - 25 * 60 * 60 * 1000);
    const { user } = await signUp(d, { name: "Tariq", email, password: PASSWORD, intent: "WORK", locale: "en" }, { ...meta, now: past });
    await expect(verifyEmail(d, mail.tokenSentTo(email, "/confirm-email"))).rejects.toMatchObject({
      code: "INVALID_STATE",
      messageKey: "errors:verifyLinkInvalid",
    });

    await resendVerificationEmail(d, user.id, meta);
    const fresh = mail.tokenSentTo(email, "/confirm-email");
    await t.db.user.update({ where: { id: user.id }, data: { email: "tariq.elsewhere@example.pk" } });
    await expect(verifyEmail(d, fresh)).rejects.toMatchObject({ code: "INVALID_STATE", messageKey: "errors:verifyLinkInvalid" });
    expect(await verified(user.id)).toBeNull();
  });

  it("resends only to unverified accounts, at most five times an hour", async () => {
    const { d, mail } = deps();
    const done = await createTestUser(t.db, "Verified Vaqar");
    await expect(resendVerificationEmail(d, done.userId, meta)).resolves.toEqual({ status: "alreadyVerified", email: done.email });
    const waiting = await createTestUser(t.db, "Waiting Wajiha", { emailVerified: false, locale: "en" });
    for (let i = 0; i < 5; i++) await expect(resendVerificationEmail(d, waiting.userId, meta)).resolves.toMatchObject({ status: "sent" });
    await expect(resendVerificationEmail(d, waiting.userId, meta)).rejects.toMatchObject({ code: "RATE_LIMITED" });
    await mail.idle();
    expect(mail.sent.map((email) => email.to)).toEqual(Array(5).fill(waiting.email));
  });

  describe("changing the address", () => {
    async function person(name: string, locale: "ur" | "en" = "en") {
      const user = await createTestUser(t.db, name, { locale });
      await t.db.user.update({ where: { id: user.userId }, data: { passwordHash: await hashPassword(PASSWORD, FAST_TEST_HASHING) } });
      return user;
    }

    it("needs the current password and a free, different address", async () => {
      const { d, mail } = deps();
      const user = await person("Hamza Iqbal");
      const other = await createTestUser(t.db, "Someone Else");
      const ask = (fields: Record<string, string>) => requestEmailChange(d, { userId: user.userId }, fields, meta);
      await expect(ask({ newEmail: "hamza.new@example.pk", currentPassword: "not-my-password" })).rejects.toMatchObject({
        fields: { currentPassword: { key: "errors:currentPasswordWrong" } },
      });
      await expect(ask({ newEmail: other.email, currentPassword: PASSWORD })).rejects.toMatchObject({
        fields: { newEmail: { key: "errors:emailTaken" } },
      });
      await expect(ask({ newEmail: user.email.toUpperCase(), currentPassword: PASSWORD })).rejects.toMatchObject({
        fields: { newEmail: { key: "errors:emailUnchanged" } },
      });
      await expect(ask({ newEmail: "nope", currentPassword: PASSWORD })).rejects.toMatchObject({
        fields: { newEmail: { key: "errors:emailInvalid" } },
      });
      await mail.idle();
      expect(mail.sent).toEqual([]);
    });

    it("changes nothing until the new address confirms; then moves the account there and tells the old one how to undo it", async () => {
      const { d, mail } = deps();
      const user = await person("Mehwish Kazmi", "ur");
      const newEmail = "mehwish.new@example.pk";
      await requestEmailChange(d, { userId: user.userId }, { newEmail, currentPassword: PASSWORD }, meta);
      await requestPasswordReset(d, { email: user.email }, meta);
      const staleReset = mail.tokenSentTo(user.email, "/reset-password");
      const confirm = mail.tokenSentTo(newEmail, "/confirm-email");
      expect(mail.sent.find((email) => email.to === newEmail)).toMatchObject({
        subject: "ہنر کے لیے اپنے نئے ای میل ایڈریس کی تصدیق کریں",
      });
      expect(await t.db.user.findUniqueOrThrow({ where: { id: user.userId } })).toMatchObject({ email: user.email });
      await expect(logIn(d, { email: user.email, password: PASSWORD }, meta)).resolves.toBeTruthy();

      await expect(verifyEmail(d, confirm)).resolves.toEqual({ status: "changed", email: newEmail });
      const changed = await t.db.user.findUniqueOrThrow({ where: { id: user.userId } });
      expect(changed.email).toBe(newEmail);
      expect(changed.emailVerifiedAt).toBeInstanceOf(Date);
      await expect(logIn(d, { email: newEmail, password: PASSWORD }, meta)).resolves.toBeTruthy();
      // The reset link sent to the old address no longer works.
      expect(await checkResetToken(t.db, staleReset)).toBeNull();
      await mail.idle();
      const notice = mail.sent.findLast((email) => email.to === user.email)!;
      expect(notice).toMatchObject({ locale: "ur", subject: "آپ کے ہنر اکاؤنٹ کا ای میل ایڈریس بدل دیا گیا ہے" });
      expect(notice.text).toContain(newEmail);
      await expect(verifyEmail(d, confirm)).resolves.toEqual({ status: "alreadyVerified", email: newEmail });
    });

    it("restores the old address from the notice: every session ends and a reset link comes back, once", async () => {
      const { d, mail } = deps();
      const user = await person("Owais Qureshi");
      const intruder = await createSession(t.db, user.userId);
      await requestEmailChange(d, { userId: user.userId }, { newEmail: "intruder@example.pk", currentPassword: PASSWORD }, meta);
      await verifyEmail(d, mail.tokenSentTo("intruder@example.pk", "/confirm-email"));
      // A second change must not cancel the first warning.
      await requestEmailChange(d, { userId: user.userId }, { newEmail: "intruder2@example.pk", currentPassword: PASSWORD }, meta);
      await verifyEmail(d, mail.tokenSentTo("intruder2@example.pk", "/confirm-email"));
      const restore = mail.tokenSentTo(user.email, "/restore-email");

      expect(await checkRestoreToken(t.db, restore)).toEqual({ email: user.email });
      const restored = await restoreEmail(t.db, restore);
      expect(restored.userId).toBe(user.userId);
      expect((await t.db.user.findUniqueOrThrow({ where: { id: user.userId } })).email).toBe(user.email);
      expect(await validateSessionToken(t.db, intruder.token)).toBeNull();
      expect(await checkResetToken(t.db, restored.resetToken)).toEqual({ userId: user.userId, email: user.email });
      await resetPassword(d, { token: restored.resetToken, newPassword: "taken-back-Hunza-3" }, meta);
      await expect(logIn(d, { email: user.email, password: "taken-back-Hunza-3" }, meta)).resolves.toBeTruthy();
      expect(await checkRestoreToken(t.db, restore)).toBeNull();
      await expect(restoreEmail(t.db, restore)).rejects.toMatchObject({ code: "INVALID_STATE", messageKey: "errors:restoreLinkInvalid" });
    });

    it("refuses to confirm an address someone else took meanwhile, and the link keeps working once it is free", async () => {
      const { d, mail } = deps();
      const user = await person("Bushra Anwar");
      const wanted = "wanted@example.pk";
      await requestEmailChange(d, { userId: user.userId }, { newEmail: wanted, currentPassword: PASSWORD }, meta);
      const confirm = mail.tokenSentTo(wanted, "/confirm-email");
      const squatter = await t.db.user.create({ data: { email: wanted, passwordHash: "x", displayName: "Squatter" } });
      await expect(verifyEmail(d, confirm)).rejects.toMatchObject({ code: "CONFLICT", messageKey: "errors:emailTakenNow" });
      expect((await t.db.user.findUniqueOrThrow({ where: { id: user.userId } })).email).toBe(user.email);
      await t.db.user.delete({ where: { id: squatter.id } });
      await expect(verifyEmail(d, confirm)).resolves.toEqual({ status: "changed", email: wanted });
    });
  });
});
