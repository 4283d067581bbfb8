import { testDbKinds } from "@hunar/db/testing";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { createOrderWorld, createPaidOrder, type OrderWorld } from "@hunar/orders/testing/order-fixtures";
import { beforeAll, describe, expect, it } from "vitest";
import { formPost, get, settle, testContext } from "#app/test/action-context.ts";
import { sessionCookie } from "#app/test/gig-requests.ts";
import { action as orderAction, loader as orderLoader } from "./order.tsx";

type Context = ReturnType<typeof testContext>["context"];
const run = (fn: unknown, request: Request, context: Context, params: Record<string, string>) =>
  settle(() =>
    (fn as (args: { request: Request; context: Context; params: Record<string, string> }) => unknown)({ request, context, params }),
  );

describe.each(testDbKinds())("the order page on %s", (kind) => {
  const t = useTestDb(kind);
  let w: OrderWorld;
  let context: Context;

  beforeAll(async () => {
    w = await createOrderWorld(t.db);
    context = testContext(t.db).context;
  });

  it("shows each party their side; an admin sees it; a stranger gets 404; signed out goes to log in", async () => {
    const paid = await createPaidOrder(t.db, w);
    const params = { orderId: paid.id };
    const asClient = await run(orderLoader, get(`/orders/${paid.id}`, await sessionCookie(t.db, w.client.userId)), context, params);
    expect(asClient).toMatchObject({ status: 200, body: { viewerRole: "client", order: { id: paid.id, status: "IN_PROGRESS" } } });
    const asFreelancer = await run(orderLoader, get(`/orders/${paid.id}`, await sessionCookie(t.db, w.freelancer.userId)), context, params);
    expect(asFreelancer).toMatchObject({
      status: 200,
      body: { viewerRole: "freelancer", transitions: ["deliver", "cancel", "openDispute"] },
    });
    const asAdmin = await run(orderLoader, get(`/orders/${paid.id}`, await sessionCookie(t.db, w.admin.userId)), context, params);
    expect(asAdmin).toMatchObject({ status: 200, body: { viewerRole: "admin", reviews: null } });
    const stranger = await run(orderLoader, get(`/orders/${paid.id}`, await sessionCookie(t.db, w.stranger.userId)), context, params);
    expect(stranger.status).toBe(404);
    const signedOut = await run(orderLoader, get(`/orders/${paid.id}`), context, params);
    expect(signedOut.status).toBe(302);
  });

  it("takes each action as a plain form post: the freelancer delivers, the client accepts, and the timeline says so", async () => {
    const paid = await createPaidOrder(t.db, w);
    const params = { orderId: paid.id };
    const freelancer = await sessionCookie(t.db, w.freelancer.userId);
    const client = await sessionCookie(t.db, w.client.userId);
    const post = (intent: string, fields: Record<string, string>, cookie: string, opts: { origin?: string | null } = {}) =>
      run(orderAction, formPost(`/orders/${paid.id}?intent=${intent}`, fields, { cookie, ...opts }), context, params);

    // Refused: an unknown intent, another site's form, the client delivering, an empty message.
    expect((await post("launchRockets", {}, client)).status).toBe(400);
    expect((await post("deliver", { message: "Done" }, freelancer, { origin: "https://evil.example" })).status).toBe(403);
    expect((await post("deliver", { message: "Here you go" }, client)).status).toBe(403);
    expect((await post("deliver", { message: "" }, freelancer)).status).toBe(400);
    expect(await t.db.order.findUniqueOrThrow({ where: { id: paid.id }, select: { status: true } })).toEqual({ status: "IN_PROGRESS" });

    expect(await post("deliver", { message: "The logo, in three colourways." }, freelancer)).toMatchObject({
      status: 302,
      location: `/orders/${paid.id}?done=deliver`,
    });
    expect(await post("accept", {}, client)).toMatchObject({ status: 302, location: `/orders/${paid.id}?done=accept` });
    const page = await run(orderLoader, get(`/orders/${paid.id}`, client), context, params);
    expect(page.body).toMatchObject({ order: { status: "COMPLETED" }, reviews: { role: "client", mayWrite: "review" } });
    expect((page.body as { timeline: { kind: string }[] }).timeline.map((entry) => entry.kind)).toEqual([
      "placed",
      "paid",
      "delivered",
      "completed",
    ]);
  });
});
