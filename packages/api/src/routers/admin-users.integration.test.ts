import { createAuthLimiter } from "@hunar/auth/rate-limit";
import { createSession } from "@hunar/auth/session";
import { testDbKinds } from "@hunar/db/testing";
import { createTestUser } from "@hunar/db/testing/factories";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { describe, expect, it, vi } from "vitest";
import { describeError } from "../errors.ts";
import type { AppRouterCaller } from "../root.ts";
import { rejection, TestBrowser } from "../testing/test-browser.ts";

type Call = (api: AppRouterCaller) => Promise<unknown>;

const REASON = "Sold copied logos as his own work, three reports.";

describe.each(testDbKinds())("admin users through tRPC on %s", (kind) => {
  const t = useTestDb(kind);
  const limiter = createAuthLimiter({ redis: null, keyPrefix: `admin-users:${crypto.randomUUID()}` });

  async function world(name: string) {
    const realtime = { disconnectSession: vi.fn(), disconnectUser: vi.fn() };
    const as = async (userId: string | null) => {
      const browser = new TestBrowser(t.db, limiter, { realtime });
      if (userId) browser.token = (await createSession(t.db, userId)).token;
      return browser;
    };
    const adminUser = await createTestUser(t.db, "Nadia Admin", { isAdmin: true });
    const person = await createTestUser(t.db, name);
    return { realtime, adminUser, person, admin: await as(adminUser.userId), user: await as(person.userId), visitor: await as(null) };
  }
  const refusal = async (browser: TestBrowser, call: Call) => describeError(await rejection(browser.call(call)), "en");

  it("refuses the signed-out (401) and non-admins (403) on every procedure, and changes nothing", async () => {
    const { person, adminUser, user, visitor } = await world("Kamran Butt");
    const calls: Call[] = [
      (api) => api.adminUsers.search({ q: "a" }),
      (api) => api.adminUsers.page({ userId: adminUser.userId }),
      (api) => api.adminUsers.suspend({ userId: adminUser.userId, reason: REASON }),
      (api) => api.adminUsers.restore({ userId: adminUser.userId, reason: REASON }),
    ];
    for (const call of calls) {
      expect(await refusal(visitor, call)).toMatchObject({ status: 401, message: "Please log in to continue." });
      expect(await refusal(user, call)).toMatchObject({ status: 403, message: "You are not allowed to do this." });
    }
    expect(await t.db.auditLog.count({ where: { targetId: { in: [person.userId, adminUser.userId] } } })).toBe(0);
    expect(await t.db.user.count({ where: { suspendedAt: { not: null } } })).toBe(0);
  });

  it("lets an admin search, open a page without session secrets, suspend (closing the sockets) and restore", async () => {
    const { realtime, person, admin } = await world("Zubair Siddiqui");
    const found = await admin.call((api) => api.adminUsers.search({ q: "SIDDIQUI" }));
    expect(found.users.map((row) => row.id)).toEqual([person.userId]);
    const page = await admin.call((api) => api.adminUsers.page({ userId: person.userId }));
    expect(page.sessions.total).toBe(1);
    expect(Object.keys(page.sessions.items[0] ?? {}).sort()).toEqual(["createdAt", "expiresAt", "ip", "userAgent"]);

    expect(await admin.call((api) => api.adminUsers.suspend({ userId: person.userId, reason: REASON }))).toEqual({
      userId: person.userId,
      sessionsEnded: 1,
    });
    expect(realtime.disconnectUser).toHaveBeenCalledWith(person.userId);
    expect(await t.db.auditLog.findMany({ where: { targetId: person.userId }, select: { action: true } })).toEqual([
      { action: "user.suspend" },
    ]);
    expect(await admin.call((api) => api.adminUsers.restore({ userId: person.userId, reason: "Appeal upheld after review." }))).toEqual({
      userId: person.userId,
      sessionsEnded: 0,
    });
  });

  it("answers bad input with a clear 4xx and field errors, never a 500", async () => {
    const { person, admin } = await world("Hina Rauf");
    expect(await refusal(admin, (api) => api.adminUsers.suspend({ userId: person.userId, reason: "short" }))).toMatchObject({
      status: 400,
      fieldErrors: { reason: "Write at least 10 characters: the person and the audit log will read it." },
    });
    expect(await refusal(admin, (api) => api.adminUsers.suspend({ userId: person.userId, reason: 42 as unknown as string }))).toMatchObject(
      {
        status: 400,
        fieldErrors: { reason: "Write why the account is suspended or restored." },
      },
    );
    expect(await refusal(admin, (api) => api.adminUsers.search({ cursor: "forged" }))).toMatchObject({
      status: 400,
      fieldErrors: { cursor: expect.any(String) as unknown },
    });
    expect(await refusal(admin, (api) => api.adminUsers.search({ q: "x".repeat(101) }))).toMatchObject({ status: 400 });
    expect(await refusal(admin, (api) => api.adminUsers.page({ userId: "no-such-user" }))).toMatchObject({ status: 404 });
    expect(await refusal(admin, (api) => api.adminUsers.restore({ userId: person.userId, reason: REASON }))).toMatchObject({
      status: 409,
      message: "This account is not suspended.",
    });
    expect(await t.db.auditLog.count({ where: { targetId: person.userId } })).toBe(0);
  });
});
