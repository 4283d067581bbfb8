import { createTestDb, type TestDb, testDbKinds } from "@hunar/db/testing";
import { findBalanceMismatches, getUserBalances } from "@hunar/payments/ledger/balances";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, addHours } from "./order-link.ts";
import { declareOutage } from "./outage/declare-outage.ts";
import { answerCancellation } from "./requests/answer-cancellation.ts";
import { requestCancellation } from "./requests/request-cancellation.ts";
import { createDeliveredOrder, createOrderWorld, createPaidOrder, type OrderWorld } from "./testing/order-fixtures.ts";
import { autoCompleteDue } from "./timers/auto-complete-due.ts";
import { deliverOrder } from "./work/deliver-order.ts";

// Races between the parts of an order's life that different files own (each file races its own
// functions): PGlite has one connection, so these need PostgreSQL.
const onPostgres = testDbKinds().includes("postgres");

describe.skipIf(!onPostgres)("concurrent steps of different owners on postgres", () => {
  let testDb: TestDb;
  let w: OrderWorld;
  const db = () => testDb.db;

  beforeAll(async () => {
    testDb = await createTestDb("postgres");
    w = await createOrderWorld(db());
  });
  afterAll(() => testDb.close());

  it("a delivery against the acceptance of a cancellation: one of them, and the money follows it", async () => {
    for (let round = 0; round < 4; round++) {
      const paid = await createPaidOrder(db(), w);
      const walletBefore = (await getUserBalances(db(), paid.clientId)).wallet;
      const asked = await requestCancellation(db(), { userId: paid.clientId }, { orderId: paid.id, reason: "Plans changed" });
      const steps = [
        () => deliverOrder(db(), { userId: paid.freelancerId }, { orderId: paid.id, message: "Finished just in time." }),
        () => answerCancellation(db(), { userId: paid.freelancerId }, { requestId: asked.id, accept: true }),
      ];
      const results = await Promise.allSettled((round % 2 === 0 ? steps : [...steps].reverse()).map((step) => step()));
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      const order = await db().order.findUniqueOrThrow({ where: { id: paid.id }, select: { status: true } });
      const wallet = (await getUserBalances(db(), paid.clientId)).wallet;
      if (order.status === "CANCELLED") {
        expect(wallet - walletBefore).toBe(BigInt(paid.totalPaisa));
        expect(await db().delivery.count({ where: { orderId: paid.id } })).toBe(0);
      } else {
        expect(order.status).toBe("DELIVERED");
        expect(wallet).toBe(walletBefore);
        expect(await db().orderRequest.findUniqueOrThrow({ where: { id: asked.id }, select: { status: true } })).toEqual({
          status: "WITHDRAWN",
        });
      }
    }
    expect(await findBalanceMismatches(db())).toEqual([]);
  });

  it("an outage declared as a delivery falls due: either the order completes untouched, or it gets the hours and waits", async () => {
    for (let round = 0; round < 4; round++) {
      // Each round far from the last, so only this round's order is due or running at its moment.
      const deliveredAt = addDays(new Date(), 100 * (round + 1));
      const delivered = await createDeliveredOrder(db(), w, { now: deliveredAt });
      const due = addDays(deliveredAt, 3);
      const steps = [
        () => autoCompleteDue(db(), due, { limit: 10 }),
        () =>
          declareOutage(
            db(),
            { userId: w.admin.userId },
            { reason: "Nationwide internet outage", startedAt: addHours(due, -6), hours: 12 },
            addHours(due, -1),
          ),
      ];
      await Promise.all((round % 2 === 0 ? steps : [...steps].reverse()).map((step) => step()));
      const order = await db().order.findUniqueOrThrow({ where: { id: delivered.id }, select: { status: true, autoCompleteAt: true } });
      const graced = await db().orderEvent.count({ where: { orderId: delivered.id, kind: "outageGrace" } });
      if (order.status === "COMPLETED") {
        expect(graced).toBe(0);
      } else {
        expect(order).toEqual({ status: "DELIVERED", autoCompleteAt: addHours(due, 12) });
        expect(graced).toBe(1);
        // The timer runs again when the given-back hours are over.
        expect(await autoCompleteDue(db(), addHours(due, 12), { limit: 10 })).toBe(1);
      }
    }
    expect(await findBalanceMismatches(db())).toEqual([]);
  });
});
