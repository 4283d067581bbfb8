import { testDbKinds } from "@hunar/db/testing";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { createRecipient, notifyPayoutPaid } from "@hunar/notifications/testing/notification-fixtures";
import { beforeEach, describe, expect, it } from "vitest";
import { formPost, get, ORIGIN, settle, testContext } from "#app/test/action-context.ts";
import { sessionCookie } from "#app/test/gig-requests.ts";
import { headers as rootHeaders, loader as rootLoader } from "../root.tsx";
import { action, headers, loader } from "./notifications.tsx";

type Context = ReturnType<typeof testContext>["context"];
const run = (fn: unknown, request: Request, context: Context) =>
  settle(() => (fn as (args: { request: Request; context: Context; params: object }) => unknown)({ request, context, params: {} }));

interface ListedPage {
  notifications: { id: string; kind: string; link: string | null; readAt: Date | null }[];
  nextCursor: string | null;
  older: boolean;
}

describe.each(testDbKinds())("the notifications page on %s", (kind) => {
  const t = useTestDb(kind);
  let context: Context;
  let realtime: ReturnType<typeof testContext>["realtime"];
  let ayesha: { userId: string; cookie: string };
  let bilal: { userId: string; cookie: string };
  const person = async (name: string) => {
    const { userId } = await createRecipient(t.db, name, "ur");
    return { userId, cookie: await sessionCookie(t.db, userId) };
  };
  const readAt = async (id: string) => (await t.db.notification.findUniqueOrThrow({ where: { id } })).readAt;
  const list = async (cookie: string, search = "") =>
    (await run(loader, get(`/notifications${search}`, cookie), context)).body as ListedPage;
  const post = (cookie: string, fields: Record<string, string>, opts: { origin?: string; path?: string } = {}) =>
    run(action, formPost(opts.path ?? "/notifications", fields, { cookie, ...(opts.origin ? { origin: opts.origin } : {}) }), context);

  beforeEach(async () => {
    ({ context, realtime } = testContext(t.db));
    ayesha = await person("Ayesha Khan");
    bilal = await person("Bilal Ahmed");
  });

  it("is for signed-in people only, never cached, and lists only their own notifications newest first", async () => {
    expect(await run(loader, get("/notifications"), context)).toMatchObject({
      status: 302,
      location: "/login?redirectTo=%2Fnotifications",
    });
    expect(headers()).toEqual({ "Cache-Control": "no-store" });
    const first = await notifyPayoutPaid(t.db, ayesha.userId);
    const second = await notifyPayoutPaid(t.db, ayesha.userId);
    await notifyPayoutPaid(t.db, bilal.userId);
    await t.db.notification.update({ where: { id: first }, data: { createdAt: new Date(Date.now() - 60_000) } });
    const page = await list(ayesha.cookie);
    expect(page.notifications.map((n) => n.id)).toEqual([second, first]);
    expect(page).toMatchObject({ nextCursor: null, older: false });
    expect(page.notifications[0]).toMatchObject({ kind: "payout.paid", link: "/earnings", readAt: null });
  });

  it("pages to older notifications through the cursor, and answers a made-up one with 400", async () => {
    for (let index = 0; index < 23; index++) await notifyPayoutPaid(t.db, ayesha.userId);
    const first = await list(ayesha.cookie);
    expect(first.notifications).toHaveLength(20);
    const second = await list(ayesha.cookie, `?cursor=${encodeURIComponent(first.nextCursor ?? "")}`);
    expect(second).toMatchObject({ nextCursor: null, older: true });
    expect(second.notifications).toHaveLength(3);
    expect(new Set([...first.notifications, ...second.notifications].map((n) => n.id)).size).toBe(23);
    const bad = await run(loader, get("/notifications?cursor=forged", ayesha.cookie), context);
    expect(bad).toMatchObject({ status: 400, body: { messageKey: "notifications:errors.cursorInvalid" } });
  });

  it("marks one read and comes back to the same page; someone else's is 404 and stays unread", async () => {
    const mine = await notifyPayoutPaid(t.db, ayesha.userId);
    const theirs = await notifyPayoutPaid(t.db, bilal.userId);
    const done = await post(ayesha.cookie, { intent: "read", id: mine }, { path: "/notifications?cursor=abc&done=readAll" });
    expect(done).toMatchObject({ status: 302, location: "/notifications?cursor=abc" });
    expect(await readAt(mine)).toBeInstanceOf(Date);
    // The reader's other tabs hear the new count (this one reloads it with the redirect).
    expect(realtime.publishUnreadNotifications.mock.calls).toEqual([
      [ayesha.userId, { count: 0, countedAt: expect.any(String) as unknown }],
    ]);

    const refused = await post(ayesha.cookie, { intent: "read", id: theirs });
    expect(refused).toMatchObject({ status: 404, body: { errors: { form: { key: "notifications:errors.notificationNotFound" } } } });
    const opened = await post(ayesha.cookie, { intent: "open", id: theirs });
    expect(opened.status).toBe(404);
    // A control character never reaches the database: the form itself is refused.
    expect((await post(ayesha.cookie, { intent: "read", id: `${mine}\u0000` })).status).toBe(400);
    expect(await readAt(theirs)).toBeNull();
    // Refusals read nothing, so nobody's bell is told anything.
    expect(realtime.publishUnreadNotifications).toHaveBeenCalledTimes(1);
  });

  it("opens a notification by marking it read and going to its in-app link, and to the list when it has none", async () => {
    const withLink = await notifyPayoutPaid(t.db, ayesha.userId);
    expect(await post(ayesha.cookie, { intent: "open", id: withLink })).toMatchObject({ status: 302, location: "/earnings" });
    expect(await readAt(withLink)).toBeInstanceOf(Date);
    const bare = await notifyPayoutPaid(t.db, ayesha.userId);
    await t.db.notification.update({ where: { id: bare }, data: { link: null } });
    expect(await post(ayesha.cookie, { intent: "open", id: bare })).toMatchObject({ status: 302, location: "/notifications" });
    // A row written around notify() with a link off the site is not followed.
    const planted = await notifyPayoutPaid(t.db, ayesha.userId);
    await t.db.notification.update({ where: { id: planted }, data: { link: "//evil.example/phish" } });
    expect(await post(ayesha.cookie, { intent: "open", id: planted })).toMatchObject({ status: 302, location: "/notifications" });
  });

  it("marks all of the person's notifications read and nobody else's", async () => {
    const mine = [await notifyPayoutPaid(t.db, ayesha.userId), await notifyPayoutPaid(t.db, ayesha.userId)];
    const theirs = await notifyPayoutPaid(t.db, bilal.userId);
    expect(await post(ayesha.cookie, { intent: "readAll" })).toMatchObject({ status: 302, location: "/notifications?done=readAll" });
    for (const id of mine) expect(await readAt(id)).toBeInstanceOf(Date);
    expect(await readAt(theirs)).toBeNull();
    expect(realtime.publishUnreadNotifications.mock.calls).toEqual([
      [ayesha.userId, { count: 0, countedAt: expect.any(String) as unknown }],
    ]);
  });

  it("refuses posts from another site, signed-out posts, unknown intents and bodies that are not forms", async () => {
    const mine = await notifyPayoutPaid(t.db, ayesha.userId);
    expect((await post(ayesha.cookie, { intent: "readAll" }, { origin: "https://evil.example" })).status).toBe(403);
    expect(await run(action, formPost("/notifications", { intent: "readAll" }), context)).toMatchObject({ status: 302 });
    expect(await post(ayesha.cookie, { intent: "delete", id: mine })).toMatchObject({ status: 400 });
    const json = new Request(`${ORIGIN}/notifications`, {
      method: "POST",
      headers: { Origin: ORIGIN, Cookie: ayesha.cookie, "Content-Type": "application/json" },
      body: JSON.stringify({ intent: "readAll" }),
    });
    expect((await run(action, json, context)).status).toBe(415);
    expect(await readAt(mine)).toBeNull();
  });

  it("gives the header its unread count from the root loader, and marks signed-in pages no-store", async () => {
    const first = await notifyPayoutPaid(t.db, ayesha.userId);
    await notifyPayoutPaid(t.db, ayesha.userId);
    await notifyPayoutPaid(t.db, bilal.userId);
    const root = async (cookie?: string) => {
      const result = (await rootLoader({ request: get("/", cookie), context, params: {} } as never)) as unknown as {
        data: { notifications: { count: number; countedAt: Date } | null };
        init: ResponseInit | null;
      };
      return {
        notifications: result.data.notifications,
        headers: rootHeaders({ loaderHeaders: new Headers(result.init?.headers) } as never),
      };
    };
    const signedIn = await root(ayesha.cookie);
    expect(signedIn.notifications?.count).toBe(2);
    expect(signedIn.notifications?.countedAt).toBeInstanceOf(Date);
    expect(signedIn.headers).toEqual({ "Cache-Control": "no-store" });
    await post(ayesha.cookie, { intent: "read", id: first });
    expect((await root(ayesha.cookie)).notifications?.count).toBe(1);
    const visitor = await root();
    expect(visitor).toEqual({ notifications: null, headers: {} });
  });
});
