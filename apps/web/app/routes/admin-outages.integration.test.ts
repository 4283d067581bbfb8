import { testDbKinds } from "@hunar/db/testing";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { addHours } from "@hunar/orders/order-link";
import { createRequestsWorld, createRunningOrder, type RequestsWorld } from "@hunar/orders/requests/testing-requests";
import { beforeAll, describe, expect, it } from "vitest";
import { formPost, get, runRoute, testContext } from "#app/test/action-context.ts";
import { sessionCookie } from "#app/test/gig-requests.ts";
import { action, loader } from "./admin-outages.tsx";

type Context = ReturnType<typeof testContext>["context"];
const run = runRoute;

/** A datetime-local value in Pakistan time (UTC+5), minutes only, as the browser posts it. */
const pakistanLocal = (at: Date) => new Date(at.getTime() + 5 * 60 * 60 * 1000).toISOString().slice(0, 16);

describe.each(testDbKinds())("admin outages page on %s", (kind) => {
  const t = useTestDb(kind);
  let w: RequestsWorld;
  let context: Context;
  let adminCookie: string;

  beforeAll(async () => {
    w = await createRequestsWorld(t.db);
    context = testContext(t.db).context;
    adminCookie = await sessionCookie(t.db, w.admin.userId);
  });

  it("is for admins only", async () => {
    const freelancerCookie = await sessionCookie(t.db, w.freelancer.userId);
    expect((await run(loader, get("/admin/outages", freelancerCookie), context)).status).toBe(403);
    expect((await run(loader, get("/admin/outages"), context)).status).toBe(302);
    const post = formPost(
      "/admin/outages",
      { reason: "x", startedAt: pakistanLocal(new Date()), hours: "2" },
      { cookie: freelancerCookie },
    );
    expect((await run(action, post, context)).status).toBe(403);
    const foreign = formPost(
      "/admin/outages",
      { reason: "x", startedAt: "", hours: "2" },
      { cookie: adminCookie, origin: "https://evil.test" },
    );
    expect((await run(action, foreign, context)).status).toBe(403);
    expect(await t.db.outage.count()).toBe(0);
  });

  it("declares an outage typed in Pakistan time, moves the running orders and lists it", async () => {
    const order = await createRunningOrder(t.db, w, addHours(new Date(), -3), "Outage Page Client");
    const began = addHours(new Date(), -2);
    const startedAt = pakistanLocal(began);
    const bad = await run(
      action,
      formPost("/admin/outages", { reason: "Fibre cut", startedAt, hours: "200" }, { cookie: adminCookie }),
      context,
    );
    expect(bad).toMatchObject({
      status: 400,
      body: { values: { hours: "200" }, errors: { fields: { hours: { key: "orders:errors.outage.hoursInvalid" } } } },
    });
    const ok = await run(
      action,
      formPost("/admin/outages", { reason: "Fibre cut", startedAt, hours: "4" }, { cookie: adminCookie }),
      context,
    );
    expect(ok).toMatchObject({ status: 200, body: { declared: 1, errors: null } });
    const stored = await t.db.outage.findFirstOrThrow();
    expect(stored.startedAt.toISOString().slice(0, 16)).toBe(began.toISOString().slice(0, 16));
    expect((await t.db.order.findUniqueOrThrow({ where: { id: order.id } })).dueAt).toEqual(addHours(order.dueAt, 4));
    const page = await run(loader, get("/admin/outages", adminCookie), context);
    expect(page.body).toMatchObject({ outages: [{ id: stored.id, hours: 4, ordersExtended: 1, reason: "Fibre cut" }] });
  });
});
