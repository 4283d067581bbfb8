import type { Db } from "@hunar/db/types";
import { testDbKinds } from "@hunar/db/testing";
import { createTestUser } from "@hunar/db/testing/factories";
import { refusal, refusalWithFields } from "@hunar/db/testing/refusal";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { describe, expect, it } from "vitest";
import { logIn } from "./log-in.ts";
import { FAST_TEST_HASHING, hashPassword } from "./password.ts";
import { createAuthLimiter } from "./rate-limit.ts";
import { createSession, validateSessionToken } from "./session.ts";
import { restoreUser, suspendUser } from "./suspend-user.ts";
import { recordingAccountMail, TEST_SITE_ORIGIN } from "./testing/account-mail.ts";

const PASSWORD = "chai-at-Lahore-4pm";
const REASON = "Sold copied logos as his own work, three reports.";
const meta = { ip: "198.51.100.61" };

async function world(db: Db) {
  const admin = await createTestUser(db, "Nadia Admin", { isAdmin: true });
  const other = await createTestUser(db, "Omar Admin", { isAdmin: true });
  const person = await createTestUser(db, "Kamran Butt");
  await db.user.update({ where: { id: person.userId }, data: { passwordHash: await hashPassword(PASSWORD, FAST_TEST_HASHING) } });
  return { admin, other, person };
}

describe.each(testDbKinds())("suspending and restoring accounts on %s", (kind) => {
  const t = useTestDb(kind);
  const deps = () => ({
    db: t.db,
    limiter: createAuthLimiter({ redis: null }),
    passwordHashing: FAST_TEST_HASHING,
    mail: recordingAccountMail(),
    siteOrigin: TEST_SITE_ORIGIN,
  });

  it("suspends with a reason: every session ends, log-in says why and how to appeal, the audit log keeps before and after; restoring undoes it", async () => {
    const { admin, person } = await world(t.db);
    const sessions = [await createSession(t.db, person.userId, meta), await createSession(t.db, person.userId, meta)];
    const result = await suspendUser(t.db, { userId: admin.userId, ip: "203.0.113.5" }, { userId: person.userId, reason: REASON });
    expect(result).toEqual({ userId: person.userId, sessionsEnded: 2 });
    for (const { token } of sessions) expect(await validateSessionToken(t.db, token)).toBeNull();
    await expect(logIn(deps(), { email: person.email, password: PASSWORD }, meta)).rejects.toMatchObject({
      code: "FORBIDDEN",
      messageKey: "auth:suspension.loginRefused",
      params: { reason: REASON },
    });
    // A wrong password learns nothing about the suspension.
    await expect(logIn(deps(), { email: person.email, password: "not-the-password-1" }, meta)).rejects.toMatchObject({
      messageKey: "errors:invalidCredentials",
    });
    const [entry] = await t.db.auditLog.findMany({
      where: { targetId: person.userId },
      select: { action: true, actorId: true, reason: true, data: true, ip: true },
    });
    expect(entry).toMatchObject({
      action: "user.suspend",
      actorId: admin.userId,
      reason: REASON,
      ip: "203.0.113.5",
      data: { before: { suspendedAt: null }, after: { suspendedReason: REASON, sessionsEnded: 2 } },
    });

    await restoreUser(t.db, { userId: admin.userId }, { userId: person.userId, reason: "Appeal accepted: the logos were his." });
    expect(
      await t.db.user.findUniqueOrThrow({ where: { id: person.userId }, select: { suspendedAt: true, suspendedReason: true } }),
    ).toEqual({
      suspendedAt: null,
      suspendedReason: null,
    });
    expect((await logIn(deps(), { email: person.email, password: PASSWORD }, meta)).user.id).toBe(person.userId);
    expect(await t.db.auditLog.count({ where: { targetId: person.userId, action: "user.restore" } })).toBe(1);
  });

  it("refuses a non-admin, oneself, another admin, an unknown account, a short reason and a second suspension; nothing changes", async () => {
    const { admin, other, person } = await world(t.db);
    const ask = (actor: string, userId: string, reason = REASON) => suspendUser(t.db, { userId: actor }, { userId, reason });
    expect(await refusal(ask(person.userId, admin.userId))).toEqual({ code: "FORBIDDEN", messageKey: "errors:forbidden" });
    expect(await refusal(ask(admin.userId, admin.userId))).toEqual({ code: "BAD_INPUT", messageKey: "auth:suspension.notYourself" });
    expect(await refusal(ask(admin.userId, other.userId))).toEqual({ code: "FORBIDDEN", messageKey: "auth:suspension.notAnAdmin" });
    expect(await refusal(ask(admin.userId, "nobody"))).toEqual({ code: "NOT_FOUND", messageKey: "errors:notFound" });
    expect(await refusalWithFields(ask(admin.userId, person.userId, "bad"))).toMatchObject({
      code: "BAD_INPUT",
      fields: { reason: { key: "auth:suspension.reasonTooShort", params: { min: 10 } } },
    });
    expect(await refusal(restoreUser(t.db, { userId: admin.userId }, { userId: person.userId, reason: REASON }))).toEqual({
      code: "INVALID_STATE",
      messageKey: "auth:suspension.notSuspended",
    });
    expect(await t.db.user.count({ where: { id: { in: [admin.userId, other.userId, person.userId] }, suspendedAt: { not: null } } })).toBe(
      0,
    );
    expect(await t.db.auditLog.count({ where: { targetId: { in: [admin.userId, other.userId, person.userId] } } })).toBe(0);
    await ask(admin.userId, person.userId);
    expect(await refusal(ask(admin.userId, person.userId))).toEqual({
      code: "INVALID_STATE",
      messageKey: "auth:suspension.alreadySuspended",
    });
  });
});

describe.runIf(testDbKinds().includes("postgres"))("suspension races on PostgreSQL", () => {
  const t = useTestDb("postgres");

  it("two admins suspending one account at once: one suspension, one audit row", async () => {
    const { admin, other, person } = await world(t.db);
    const results = await Promise.allSettled([
      suspendUser(t.db, { userId: admin.userId }, { userId: person.userId, reason: REASON }),
      suspendUser(t.db, { userId: other.userId }, { userId: person.userId, reason: "Spam in messages to many clients." }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await t.db.auditLog.count({ where: { targetId: person.userId, action: "user.suspend" } })).toBe(1);
  });
});
