import { createTestDb, type TestDb, testDbKinds } from "@hunar/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { activeUserWhere } from "./active-user.ts";
import { logIn } from "./log-in.ts";
import { FAST_TEST_HASHING } from "./password.ts";
import { createAuthLimiter } from "./rate-limit.ts";
import { validateSessionToken } from "./session.ts";
import { signUp } from "./sign-up.ts";
import { recordingAccountMail, TEST_SITE_ORIGIN } from "./testing/account-mail.ts";

const PASSWORD = "chai-at-Lahore-4pm";
const meta = { ip: "198.51.100.60" };

describe.each(testDbKinds())("suspended accounts in auth on %s", (kind) => {
  let testDb: TestDb;
  const deps = () => ({
    db: testDb.db,
    limiter: createAuthLimiter({ redis: null }),
    passwordHashing: FAST_TEST_HASHING,
    mail: recordingAccountMail(),
    siteOrigin: TEST_SITE_ORIGIN,
  });
  const suspend = (userId: string, suspendedAt: Date | null) =>
    testDb.db.user.update({ where: { id: userId }, data: { suspendedAt, suspendedReason: suspendedAt ? "test" : null } });

  beforeAll(async () => {
    testDb = await createTestDb(kind);
  });
  afterAll(() => testDb.close());

  it("a suspended account cannot log in, loses its session, and both come back when restored", async () => {
    const email = "hina@example.pk";
    const { user, token } = await signUp(deps(), { name: "Hina", email, password: PASSWORD, intent: "BOTH", locale: "ur" }, meta);
    expect(await validateSessionToken(testDb.db, token)).toMatchObject({ user: { id: user.id } });

    await suspend(user.id, new Date());
    expect(await validateSessionToken(testDb.db, token)).toBeNull();
    expect(await testDb.db.session.count({ where: { userId: user.id } })).toBe(0);
    await expect(logIn(deps(), { email, password: PASSWORD }, meta)).rejects.toMatchObject({
      code: "FORBIDDEN",
      messageKey: "auth:suspension.loginRefused",
    });
    expect(await testDb.db.user.count({ where: { id: user.id, ...activeUserWhere } })).toBe(0);

    await suspend(user.id, null);
    const again = await logIn(deps(), { email, password: PASSWORD }, meta);
    expect(again.user).toEqual({
      id: user.id,
      email,
      displayName: "Hina",
      intent: "BOTH",
      isAdmin: false,
      preferredLocale: "ur",
      emailVerifiedAt: null,
    });
    expect(await validateSessionToken(testDb.db, again.token)).toMatchObject({ user: { id: user.id } });
    expect(await testDb.db.user.count({ where: { id: user.id, ...activeUserWhere } })).toBe(1);
  });

  it("a wrong password of a suspended account is still just invalid credentials", async () => {
    const email = "omar@example.pk";
    const { user } = await signUp(deps(), { name: "Omar", email, password: PASSWORD, intent: "WORK", locale: "en" }, meta);
    await suspend(user.id, new Date());
    await expect(logIn(deps(), { email, password: "not-the-password-1" }, meta)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });
});
