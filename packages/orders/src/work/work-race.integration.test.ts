import { createTestDb, type TestDb, testDbKinds } from "@hunar/db/testing";
import { findBalanceMismatches, getUserBalances } from "@hunar/payments/ledger/balances";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays } from "../order-link.ts";
import { createDeliveredOrder, createOrderWorld, type OrderWorld, type TestPaidOrder } from "../testing/order-fixtures.ts";
import { autoCompleteDue } from "../timers/auto-complete-due.ts";
import { acceptDelivery } from "./accept-delivery.ts";
import { requestRevision } from "./request-revision.ts";

// PGlite has one connection, so transactions there never overlap: the races need PostgreSQL.
const onPostgres = testDbKinds().includes("postgres");

/** The two calls, started in the order the round asks, so both orders of arrival are exercised. */
function race<A, B>(
  round: number,
  first: () => Promise<A>,
  second: () => Promise<B>,
): Promise<[PromiseSettledResult<A>, PromiseSettledResult<B>]> {
  if (round % 2 === 0) return Promise.allSettled([first(), second()]);
  return Promise.allSettled([second(), first()]).then(([b, a]) => [a, b]);
}

// Skipped (not absent) without PostgreSQL, so the file still declares a suite; CI always has it.
describe.skipIf(!onPostgres)("concurrent work on an order, on postgres", () => {
  let testDb: TestDb;
  let w: OrderWorld;
  const db = () => testDb.db;
  const pending = async () => (await getUserBalances(db(), w.freelancer.userId)).pending;
  const releases = (orderId: string) => db().ledgerTransaction.count({ where: { orderId, kind: "ESCROW_RELEASED" } });
  const status = async (orderId: string) => (await db().order.findUniqueOrThrow({ where: { id: orderId } })).status;
  const completions = (orderId: string) => db().orderEvent.count({ where: { orderId, kind: { in: ["completed", "autoCompleted"] } } });

  beforeAll(async () => {
    testDb = await createTestDb("postgres");
    w = await createOrderWorld(db());
  });
  afterAll(() => testDb.close());

  /** One completion, one release of the whole escrow less the 5% fee (Basic: Rs 4,750 net). */
  async function expectCompletedOnce(order: TestPaidOrder, pendingBefore: bigint) {
    expect(await status(order.id)).toBe("COMPLETED");
    expect(await releases(order.id)).toBe(1);
    expect(await completions(order.id)).toBe(1);
    expect((await pending()) - pendingBefore).toBe(BigInt(order.subtotalPaisa - order.freelancerFeePaisa));
  }

  it("the client accepting while the timer fires: the order completes once, by whichever came first", async () => {
    for (let round = 0; round < 6; round++) {
      const deliveredAt = new Date();
      const order = await createDeliveredOrder(db(), w, { now: deliveredAt });
      const due = addDays(deliveredAt, 3);
      const gigBefore = (await db().gig.findUniqueOrThrow({ where: { id: w.gigId } })).ordersCompleted;
      const before = await pending();
      const [accepted, swept] = await race(
        round,
        () => acceptDelivery(db(), w.client, order.id, due),
        () => autoCompleteDue(db(), due, { limit: 5 }),
      );
      expect(swept.status).toBe("fulfilled");
      const sweptCount = swept.status === "fulfilled" ? swept.value : -1;
      if (accepted.status === "fulfilled") {
        expect(sweptCount).toBe(0);
      } else {
        expect(accepted.reason).toMatchObject({ code: "INVALID_STATE", messageKey: "orders:errors.accept.notDelivered" });
        expect(sweptCount).toBe(1);
      }
      await expectCompletedOnce(order, before);
      expect((await db().gig.findUniqueOrThrow({ where: { id: w.gigId } })).ordersCompleted).toBe(gigBefore + 1);
    }
    expect(await findBalanceMismatches(db())).toEqual([]);
  });

  it("two accepts of one delivery: one completes it, the other is told it is no longer delivered", async () => {
    for (let round = 0; round < 4; round++) {
      const order = await createDeliveredOrder(db(), w);
      const before = await pending();
      const results = await Promise.allSettled([1, 2].map(() => acceptDelivery(db(), w.client, order.id)));
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      const lost = results.filter((r) => r.status === "rejected");
      expect(lost.map((r) => (r.reason as { messageKey?: string }).messageKey)).toEqual(["orders:errors.accept.notDelivered"]);
      await expectCompletedOnce(order, before);
    }
    expect(await findBalanceMismatches(db())).toEqual([]);
  });

  it("two sweepers at once release each due order's escrow exactly once between them", async () => {
    const deliveredAt = new Date();
    const orders = [];
    for (let i = 0; i < 6; i++) orders.push(await createDeliveredOrder(db(), w, { now: deliveredAt }));
    const before = await pending();
    const due = addDays(deliveredAt, 3);
    const counts = await Promise.all([1, 2, 3].map(() => autoCompleteDue(db(), due, { limit: 50 })));
    expect(counts.reduce((sum, n) => sum + n, 0)).toBe(orders.length);
    for (const order of orders) {
      expect(await status(order.id)).toBe("COMPLETED");
      expect(await releases(order.id)).toBe(1);
      expect(await completions(order.id)).toBe(1);
    }
    const net = orders.reduce((sum, order) => sum + BigInt(order.subtotalPaisa - order.freelancerFeePaisa), 0n);
    expect((await pending()) - before).toBe(net);
    expect(await findBalanceMismatches(db())).toEqual([]);
  });

  it("a revision request against an acceptance: either the work goes back with nothing released, or it completes and the revision is refused", async () => {
    for (let round = 0; round < 6; round++) {
      const order = await createDeliveredOrder(db(), w);
      const before = await pending();
      const [revision, accepted] = await race(
        round,
        () => requestRevision(db(), w.client, { orderId: order.id, reason: "Darker green, please" }),
        () => acceptDelivery(db(), w.client, order.id),
      );
      expect([revision.status, accepted.status].sort()).toEqual(["fulfilled", "rejected"]);
      const row = await db().order.findUniqueOrThrow({ where: { id: order.id } });
      if (revision.status === "fulfilled") {
        expect(accepted.status === "rejected" && accepted.reason).toMatchObject({
          code: "INVALID_STATE",
          params: { status: "IN_PROGRESS" },
        });
        expect(row).toMatchObject({ status: "IN_PROGRESS", revisionsUsed: 1, autoCompleteAt: null });
        expect(await releases(order.id)).toBe(0);
        expect(await pending()).toBe(before);
      } else {
        expect(revision.reason).toMatchObject({ code: "INVALID_STATE", messageKey: "orders:errors.revision.notDelivered" });
        expect(row.revisionsUsed).toBe(0);
        expect(await db().revisionRequest.count({ where: { orderId: order.id } })).toBe(0);
        await expectCompletedOnce(order, before);
      }
    }
    expect(await findBalanceMismatches(db())).toEqual([]);
  });
});
