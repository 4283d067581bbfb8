import { createTestUser } from "@hunar/db/testing/factories";
import { testDbKinds } from "@hunar/db/testing";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { describe, expect, it } from "vitest";
import { accountTokenHash, claimAccountToken, issueAccountToken } from "./account-token.ts";
import { logIn } from "./log-in.ts";
import { FAST_TEST_HASHING, hashPassword } from "./password.ts";
import { type AuthLimits, createAuthLimiter } from "./rate-limit.ts";
import { checkResetToken, resetPassword } from "./reset-password.ts";
import { requestPasswordReset } from "./request-password-reset.ts";
import { createSession, validateSessionToken } from "./session.ts";
import { recordingAccountMail, TEST_SITE_ORIGIN } from "./testing/account-mail.ts";

const OLD_PASSWORD = "chai-at-Lahore-4pm";
const NEW_PASSWORD = "karahi-in-Peshawar-9pm";
const meta = { ip: "198.51.100.70" };

describe.each(testDbKinds())("forgot password on %s", (kind) => {
  const t = useTestDb(kind);

  function deps(limits: Partial<AuthLimits> = {}) {
    const mail = recordingAccountMail();
    return {
      mail,
      deps: {
        db: t.db,
        limiter: createAuthLimiter({ redis: null, limits, keyPrefix: `test:${crypto.randomUUID()}` }),
        passwordHashing: FAST_TEST_HASHING,
        mail,
        siteOrigin: TEST_SITE_ORIGIN,
      },
    };
  }

  async function person(name = "Nadia Baig", options: { emailVerified?: boolean; locale?: "ur" | "en" } = {}) {
    const user = await createTestUser(t.db, name, options);
    await t.db.user.update({ where: { id: user.userId }, data: { passwordHash: await hashPassword(OLD_PASSWORD, FAST_TEST_HASHING) } });
    return user;
  }

  it("answers an unknown address exactly as a known one, and mails only the account's owner", async () => {
    const known = await person("Nadia Baig", { locale: "en" });
    const { deps: d, mail } = deps();
    const tokensBefore = await t.db.accountToken.count();
    await expect(requestPasswordReset(d, { email: "nobody-here@example.pk" }, meta)).resolves.toBeUndefined();
    await expect(requestPasswordReset(d, { email: ` ${known.email.toUpperCase()} ` }, meta)).resolves.toBeUndefined();
    await mail.idle();
    expect(mail.sent.map((email) => email.to)).toEqual([known.email]);
    expect(mail.sent[0]).toMatchObject({ locale: "en", subject: "Reset your Hunar password" });
    expect(await t.db.accountToken.count()).toBe(tokensBefore + 1);

    // Only the hash is stored; the link's token is nowhere in the table.
    const token = mail.tokenSentTo(known.email, "/reset-password");
    const row = await t.db.accountToken.findFirstOrThrow({ where: { userId: known.userId } });
    expect(row).toMatchObject({ purpose: "RESET_PASSWORD", email: known.email, tokenHash: accountTokenHash(token), usedAt: null });
    expect(row.sentAt).toBeInstanceOf(Date);
    expect(JSON.stringify(row)).not.toContain(token);
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBe(60 * 60 * 1000);
  });

  it("refuses bad input with a field error and sends nothing to a suspended account", async () => {
    const { deps: d, mail } = deps();
    await expect(requestPasswordReset(d, { email: "not-an-email" }, meta)).rejects.toMatchObject({
      code: "BAD_INPUT",
      fields: { email: { key: "errors:emailInvalid" } },
    });
    const suspended = await createTestUser(t.db, "Kamran", { suspended: true });
    await requestPasswordReset(d, { email: suspended.email }, meta);
    await mail.idle();
    expect(mail.sent).toEqual([]);
  });

  it("limits requests per address whether or not it has an account, with the same refusal", async () => {
    const known = await person();
    const { deps: d, mail } = deps({ passwordResetsPerEmail: { points: 2, durationSeconds: 3600, blockSeconds: 3600 } });
    for (const email of [known.email, "ghost@example.pk"]) {
      await requestPasswordReset(d, { email }, { ip: "198.51.100.71" });
      await requestPasswordReset(d, { email }, { ip: "198.51.100.72" });
      await expect(requestPasswordReset(d, { email }, { ip: "198.51.100.73" })).rejects.toMatchObject({
        code: "RATE_LIMITED",
        messageKey: "errors:rateLimited",
        params: { minutes: 60 },
      });
    }
    await mail.idle();
    expect(mail.sent).toHaveLength(2);
  });

  it("sets the new password, ends every session, verifies the address, and works once", async () => {
    const user = await person("Asad Ali", { emailVerified: false });
    const first = await createSession(t.db, user.userId);
    const second = await createSession(t.db, user.userId);
    const { deps: d, mail } = deps();
    await requestPasswordReset(d, { email: user.email }, meta);
    const token = mail.tokenSentTo(user.email, "/reset-password");
    expect(await checkResetToken(t.db, token)).toEqual({ userId: user.userId, email: user.email });

    await expect(resetPassword(d, { token, newPassword: NEW_PASSWORD }, meta)).resolves.toEqual({ userId: user.userId, email: user.email });
    expect(await validateSessionToken(t.db, first.token)).toBeNull();
    expect(await validateSessionToken(t.db, second.token)).toBeNull();
    expect(await t.db.session.count({ where: { userId: user.userId } })).toBe(0);
    expect((await t.db.user.findUniqueOrThrow({ where: { id: user.userId } })).emailVerifiedAt).toBeInstanceOf(Date);
    await expect(logIn(d, { email: user.email, password: OLD_PASSWORD }, meta)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(logIn(d, { email: user.email, password: NEW_PASSWORD }, meta)).resolves.toMatchObject({ user: { id: user.userId } });

    expect(await checkResetToken(t.db, token)).toBeNull();
    await expect(resetPassword(d, { token, newPassword: "another-one-Quetta-7" }, meta)).rejects.toMatchObject({
      code: "INVALID_STATE",
      messageKey: "errors:resetLinkInvalid",
    });
  });

  it("lets exactly one of two simultaneous uses of a link through", async () => {
    const user = await person("Zoya Malik");
    const { deps: d, mail } = deps();
    await requestPasswordReset(d, { email: user.email }, meta);
    const token = mail.tokenSentTo(user.email, "/reset-password");
    const results = await Promise.allSettled([
      resetPassword(d, { token, newPassword: "first-racer-Multan-1" }, meta),
      resetPassword(d, { token, newPassword: "second-racer-Sialkot-2" }, meta),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((result) => result.status === "rejected");
    expect(refused?.reason).toMatchObject({ messageKey: "errors:resetLinkInvalid" });

    // The claim itself: two at once, one row.
    const issued = await issueAccountToken(t.db, { userId: user.userId, purpose: "RESET_PASSWORD", email: user.email });
    const claims = await Promise.all([
      claimAccountToken(t.db, ["RESET_PASSWORD"], issued.token),
      claimAccountToken(t.db, ["RESET_PASSWORD"], issued.token),
    ]);
    expect(claims.filter(Boolean)).toHaveLength(1);
  });

  it("refuses an expired, a wrong, another purpose's, and an earlier link once one was used", async () => {
    const user = await person("Imran Shah");
    const { deps: d, mail } = deps();
    const past = new Date(Date.now() - 61 * 60 * 1000);
    await requestPasswordReset(d, { email: user.email }, { ...meta, now: past });
    const expired = mail.tokenSentTo(user.email, "/reset-password");
    expect(await checkResetToken(t.db, expired)).toBeNull();
    await expect(resetPassword(d, { token: expired, newPassword: NEW_PASSWORD }, meta)).rejects.toMatchObject({
      messageKey: "errors:resetLinkInvalid",
    });
    for (const token of ["", "x".repeat(500), "a".repeat(52), expired.slice(0, -1)]) {
      await expect(resetPassword(d, { token, newPassword: NEW_PASSWORD }, meta)).rejects.toMatchObject({
        messageKey: "errors:resetLinkInvalid",
      });
    }
    const verify = await issueAccountToken(t.db, { userId: user.userId, purpose: "VERIFY_EMAIL", email: user.email });
    await expect(resetPassword(d, { token: verify.token, newPassword: NEW_PASSWORD }, meta)).rejects.toMatchObject({
      messageKey: "errors:resetLinkInvalid",
    });

    await requestPasswordReset(d, { email: user.email }, meta);
    const earlier = mail.tokenSentTo(user.email, "/reset-password");
    await requestPasswordReset(d, { email: user.email }, meta);
    const later = mail.tokenSentTo(user.email, "/reset-password");
    await resetPassword(d, { token: later, newPassword: NEW_PASSWORD }, meta);
    expect(await checkResetToken(t.db, earlier)).toBeNull();
    expect(await t.db.accountToken.count({ where: { userId: user.userId, purpose: "RESET_PASSWORD", usedAt: null } })).toBe(0);
  });

  it("checks the new password by the same rules as sign-up, and a refused one leaves the link usable", async () => {
    const user = await person("Farah Naz");
    const { deps: d, mail } = deps();
    await requestPasswordReset(d, { email: user.email }, meta);
    const token = mail.tokenSentTo(user.email, "/reset-password");
    await expect(resetPassword(d, { token, newPassword: "short" }, meta)).rejects.toMatchObject({
      fields: { newPassword: { key: "errors:passwordTooShort" } },
    });
    await expect(resetPassword(d, { token, newPassword: "password123" }, meta)).rejects.toMatchObject({
      fields: { newPassword: { key: "errors:passwordCommon" } },
    });
    await expect(resetPassword(d, { token, newPassword: user.email }, meta)).rejects.toMatchObject({
      fields: { newPassword: { key: "errors:passwordMatchesIdentity" } },
    });
    expect(await checkResetToken(t.db, token)).not.toBeNull();
    await resetPassword(d, { token, newPassword: NEW_PASSWORD }, meta);
  });

  it("clears the log-in lockout the owner may have run into", async () => {
    const user = await person("Saima Riaz");
    const { deps: d, mail } = deps({ logInFailuresPerAccountIp: { points: 2, durationSeconds: 3600, blockSeconds: 900 } });
    for (let i = 0; i < 2; i++) await expect(logIn(d, { email: user.email, password: "wrong-guess-0000" }, meta)).rejects.toThrow();
    await expect(logIn(d, { email: user.email, password: OLD_PASSWORD }, meta)).rejects.toMatchObject({ code: "RATE_LIMITED" });
    await requestPasswordReset(d, { email: user.email }, meta);
    await resetPassword(d, { token: mail.tokenSentTo(user.email, "/reset-password"), newPassword: NEW_PASSWORD }, meta);
    await expect(logIn(d, { email: user.email, password: NEW_PASSWORD }, meta)).resolves.toMatchObject({ user: { id: user.userId } });
  });
});
