import { testDbKinds } from "@hunar/db/testing";
import { createTestOrder, createTestUser } from "@hunar/db/testing/factories";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { beforeAll, describe, expect, it } from "vitest";
import { listMyOrders } from "../list-my-orders.ts";
import { createOrderWorld, createPaidOrder, type OrderWorld } from "../testing/order-fixtures.ts";
import { getOrderPage } from "./get-order-page.ts";

const DAY_MS = 24 * 60 * 60 * 1000;

describe.each(testDbKinds())("the order page and My orders on %s", (kind) => {
  const t = useTestDb(kind);
  let w: OrderWorld;

  beforeAll(async () => {
    w = await createOrderWorld(t.db);
  });

  it("shows a party the order, its timeline and what they may do; admins see it; anyone else is told it does not exist", async () => {
    const paid = await createPaidOrder(t.db, w);
    const asClient = await getOrderPage(t.db, { userId: w.client.userId, isAdmin: false }, paid.id);
    expect(asClient).toMatchObject({
      viewerRole: "client",
      order: { id: paid.id, status: "IN_PROGRESS", late: false, client: { id: w.client.userId }, freelancer: { id: w.freelancer.userId } },
    });
    expect(asClient.timeline.map((entry) => [entry.kind, entry.actor?.id])).toEqual([
      ["placed", w.client.userId],
      ["paid", w.client.userId],
    ]);
    // The client may cancel (by agreement, or alone once late) or dispute; only the freelancer delivers.
    expect(asClient.transitions).toEqual(["cancel", "openDispute"]);
    expect(asClient.conversationId).toEqual(expect.any(String));

    const asFreelancer = await getOrderPage(t.db, { userId: w.freelancer.userId, isAdmin: false }, paid.id);
    expect(asFreelancer.transitions).toEqual(["deliver", "cancel", "openDispute"]);

    const asAdmin = await getOrderPage(t.db, { userId: w.admin.userId, isAdmin: true }, paid.id);
    expect(asAdmin).toMatchObject({ viewerRole: "admin", transitions: [], conversationId: null });

    for (const userId of [w.stranger.userId]) {
      await expect(getOrderPage(t.db, { userId, isAdmin: false }, paid.id)).rejects.toMatchObject({
        code: "NOT_FOUND",
        messageKey: "orders:errors.notFound",
      });
    }
    await expect(getOrderPage(t.db, { userId: w.client.userId, isAdmin: false }, "no-such-order")).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("marks an order late once its due date passes", async () => {
    const paid = await createPaidOrder(t.db, w);
    const later = new Date(Date.now() + 30 * DAY_MS);
    const page = await getOrderPage(t.db, { userId: w.client.userId, isAdmin: false }, paid.id, later);
    expect(page.order.late).toBe(true);
  });

  it("lists one side's orders by filter with counts, newest first, in keyset pages without gaps or repeats", async () => {
    const client = await createTestUser(t.db, "Hamza Qureshi");
    const freelancer = await createTestUser(t.db, "Mahnoor Tariq");
    const start = Date.now() - 100 * DAY_MS;
    const statuses = ["PENDING_PAYMENT", "IN_PROGRESS", "DELIVERED", "COMPLETED", "CANCELLED"] as const;
    const made: string[] = [];
    for (let i = 0; i < 25; i++) {
      const order = await createTestOrder(t.db, {
        clientId: client.userId,
        freelancerId: freelancer.userId,
        status: statuses[i % statuses.length],
        // Two orders share each moment, so the id breaks the tie.
        at: new Date(start + Math.floor(i / 2) * DAY_MS),
      });
      made.push(order.id);
    }
    const now = new Date();
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: Awaited<ReturnType<typeof listMyOrders>> = await listMyOrders(
        t.db,
        client.userId,
        { side: "client", cursor, limit: 4 },
        now,
      );
      seen.push(...page.orders.map((order) => order.id));
      expect(page.counts).toEqual({ all: 25, active: 10, delivered: 5, late: 5, completed: 5, cancelled: 5 });
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(7);
    expect(new Set(seen).size).toBe(25);
    expect([...seen].sort()).toEqual([...made].sort());

    const late = await listMyOrders(t.db, client.userId, { side: "client", filter: "late" }, now);
    expect(late.orders.map((order) => order.status)).toEqual(Array(5).fill("IN_PROGRESS"));
    const delivered = await listMyOrders(t.db, client.userId, { side: "client", filter: "delivered" }, now);
    expect(delivered.orders.every((order) => order.status === "DELIVERED")).toBe(true);
    // The other side of the same person holds none of these; the freelancer's side holds them all.
    expect((await listMyOrders(t.db, client.userId, { side: "freelancer" }, now)).counts.all).toBe(0);
    expect((await listMyOrders(t.db, freelancer.userId, { side: "freelancer" }, now)).counts.all).toBe(25);
    await expect(listMyOrders(t.db, client.userId, { side: "client", cursor: "not-a-cursor" })).rejects.toMatchObject({
      code: "BAD_INPUT",
      messageKey: "orders:errors.cursorInvalid",
    });
  });
});
