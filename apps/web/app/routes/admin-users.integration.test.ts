import { testDbKinds } from "@hunar/db/testing";
import { createTestUser } from "@hunar/db/testing/factories";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { describe, expect, it } from "vitest";
import { formPost, get, runRoute, testContext } from "#app/test/action-context.ts";
import { sessionCookie } from "#app/test/gig-requests.ts";
import { action as userAction, loader as userLoader } from "./admin-user.tsx";
import { loader as searchLoader } from "./admin-users.tsx";

const REASON = "Sold copied logos as his own work, three reports.";

describe.each(testDbKinds())("the admin users pages on %s", (kind) => {
  const t = useTestDb(kind);

  async function world() {
    const { context, realtime } = testContext(t.db);
    const admin = await createTestUser(t.db, "Nadia Admin", { isAdmin: true });
    const person = await createTestUser(t.db, "Kamran Butt");
    const adminCookie = await sessionCookie(t.db, admin.userId);
    const personCookie = await sessionCookie(t.db, person.userId);
    return { context, realtime, admin, person, adminCookie, personCookie };
  }

  it("sends the signed-out to log in, refuses non-admins, and shows admins the search and the user page", async () => {
    const { context, person, adminCookie, personCookie } = await world();
    const path = `/admin/users/${person.userId}`;
    for (const [run, url, params] of [
      [searchLoader, "/admin/users", {}],
      [userLoader, path, { userId: person.userId }],
    ] as const) {
      const anonymous = await runRoute(run, get(url), context, params);
      expect(anonymous.status).toBe(302);
      expect(anonymous.location).toMatch(/^\/login/);
      expect((await runRoute(run, get(url, personCookie), context, params)).status).toBe(403);
    }
    expect(
      (
        await runRoute(userAction, formPost(path, { intent: "suspend", reason: REASON }, { cookie: personCookie }), context, {
          userId: person.userId,
        })
      ).status,
    ).toBe(403);
    expect(
      (await runRoute(userAction, formPost(path, { intent: "suspend", reason: REASON }), context, { userId: person.userId })).status,
    ).toBe(302);

    const found = await runRoute(searchLoader, get("/admin/users?q=kamran", adminCookie), context);
    expect(found).toMatchObject({
      status: 200,
      body: { q: "kamran", page: { users: [{ id: person.userId, displayName: "Kamran Butt" }], nextCursor: null } },
    });
    const forged = await runRoute(searchLoader, get("/admin/users?cursor=forged", adminCookie), context);
    expect(forged).toMatchObject({ status: 400, body: { page: null, errors: { cursor: { key: "errors:invalid" } } } });

    const page = await runRoute(userLoader, get(path, adminCookie), context, { userId: person.userId });
    expect(page).toMatchObject({ status: 200, body: { account: { id: person.userId }, sessions: { total: 1 }, cnic: { given: false } } });
    expect((await runRoute(userLoader, get("/admin/users/nobody", adminCookie), context, { userId: "nobody" })).status).toBe(404);
  });

  it("suspends through the form: the person's sessions and sockets end and the audit log has the row; restoring lifts it", async () => {
    const { context, realtime, admin, person, adminCookie } = await world();
    const path = `/admin/users/${person.userId}`;
    const params = { userId: person.userId };
    const suspended = await runRoute(
      userAction,
      formPost(path, { intent: "suspend", reason: REASON }, { cookie: adminCookie }),
      context,
      params,
    );
    expect(suspended).toMatchObject({ status: 200, body: { intent: "suspend", sessionsEnded: 1, errors: null } });
    expect(await t.db.session.count({ where: { userId: person.userId } })).toBe(0);
    expect(realtime.disconnectUser).toHaveBeenCalledWith(person.userId);
    expect(await t.db.user.findUniqueOrThrow({ where: { id: person.userId }, select: { suspendedReason: true } })).toEqual({
      suspendedReason: REASON,
    });
    expect(
      await t.db.auditLog.findMany({ where: { targetId: person.userId }, select: { action: true, actorId: true, reason: true } }),
    ).toEqual([{ action: "user.suspend", actorId: admin.userId, reason: REASON }]);

    const again = await runRoute(
      userAction,
      formPost(path, { intent: "suspend", reason: REASON }, { cookie: adminCookie }),
      context,
      params,
    );
    expect(again).toMatchObject({ status: 409, body: { errors: { form: { key: "auth:suspension.alreadySuspended" } } } });
    const restored = await runRoute(
      userAction,
      formPost(path, { intent: "restore", reason: "Appeal upheld after review." }, { cookie: adminCookie }),
      context,
      params,
    );
    expect(restored).toMatchObject({ status: 200, body: { intent: "restore", errors: null } });
    expect(await t.db.user.findUniqueOrThrow({ where: { id: person.userId }, select: { suspendedAt: true } })).toEqual({
      suspendedAt: null,
    });
  });

  it("answers a reason that is too short or too long with a localised field error and changes nothing", async () => {
    const { context, realtime, person, adminCookie } = await world();
    const path = `/admin/users/${person.userId}`;
    const params = { userId: person.userId };
    for (const [reason, key] of [
      ["Too short", "auth:suspension.reasonTooShort"],
      ["x".repeat(501), "auth:suspension.reasonTooLong"],
    ] as const) {
      const refused = await runRoute(userAction, formPost(path, { intent: "suspend", reason }, { cookie: adminCookie }), context, params);
      expect(refused).toMatchObject({
        status: 400,
        body: { intent: "suspend", values: { reason }, errors: { fields: { reason: { key } } } },
      });
    }
    const unknown = await runRoute(
      userAction,
      formPost(path, { intent: "delete", reason: REASON }, { cookie: adminCookie }),
      context,
      params,
    );
    expect(unknown.status).toBe(400);
    expect(await t.db.user.findUniqueOrThrow({ where: { id: person.userId }, select: { suspendedAt: true } })).toEqual({
      suspendedAt: null,
    });
    expect(await t.db.session.count({ where: { userId: person.userId } })).toBe(1);
    expect(await t.db.auditLog.count({ where: { targetId: person.userId } })).toBe(0);
    expect(realtime.disconnectUser).not.toHaveBeenCalled();
  });
});
