import type { Db } from "@hunar/db/client";
import { createTestOrder } from "@hunar/db/testing/factories";
import { calculateFees } from "@hunar/payments/fees/calculate-fees";
import { withMoneyTransaction } from "@hunar/payments/ledger/with-money-transaction";
import { createPerson, creditWallet, ensureFeeSchedule, type TestPerson } from "@hunar/payments/testing/payment-fixtures";
import { addHours } from "../order-link.ts";
import { startPaidOrder } from "../start-paid-order.ts";

/*
 * Test-only: orders in progress for the requests and outage tests, paid the real way (the
 * client's wallet is credited with the total and the order started from it), so a refund has
 * real escrow and client fee to return.
 */

export interface RequestsWorld {
  freelancer: TestPerson;
  stranger: TestPerson;
  admin: TestPerson;
}

/** Rs 5,000 of work: with the launch schedule the client pays Rs 100 on top. */
export const ORDER_SUBTOTAL_PAISA = 500_000;

export async function createRequestsWorld(db: Db): Promise<RequestsWorld> {
  await ensureFeeSchedule(db);
  return {
    freelancer: await createPerson(db, "Ayesha Khan"),
    stranger: await createPerson(db, "Sana Malik"),
    admin: await createPerson(db, "Hunar Admin", { isAdmin: true }),
  };
}

export interface RunningOrder {
  id: string;
  number: number;
  client: TestPerson;
  freelancerId: string;
  subtotalPaisa: number;
  clientFeePaisa: number;
  totalPaisa: number;
  fundedAt: Date;
  /** fundedAt + the order's 3 days. */
  dueAt: Date;
}

/** A 3-day order for the world's freelancer from a new client (empty wallet once paid), in progress since fundedAt. */
export async function createRunningOrder(db: Db, world: RequestsWorld, fundedAt: Date, name = "Order Client"): Promise<RunningOrder> {
  const client = await createPerson(db, name);
  const amounts = calculateFees(ORDER_SUBTOTAL_PAISA, await ensureFeeSchedule(db));
  const placed = await createTestOrder(db, { clientId: client.userId, freelancerId: world.freelancer.userId, amounts, deliveryDays: 3 });
  await creditWallet(db, client.userId, BigInt(placed.totalPaisa));
  const started = await withMoneyTransaction(db, (tx) => startPaidOrder(tx, { orderId: placed.id, actorId: client.userId, now: fundedAt }));
  const order = await db.order.findUniqueOrThrow({
    where: { id: placed.id },
    select: { subtotalPaisa: true, clientFeePaisa: true, totalPaisa: true, freelancerId: true },
  });
  if (!started.dueAt) throw new Error("createRunningOrder: the order started without a due date");
  return { id: placed.id, number: placed.number, client, ...order, fundedAt, dueAt: started.dueAt };
}

/**
 * Moves an order in progress to DELIVERED as the delivery step leaves it (delivered at `at`,
 * completing by itself 3 days later); money stays in escrow.
 */
export async function markDelivered(db: Db, orderId: string, at: Date, warnedAt: Date | null = null): Promise<Date> {
  const autoCompleteAt = addHours(at, 72);
  await db.order.update({
    where: { id: orderId },
    data: { status: "DELIVERED", deliveredAt: at, autoCompleteAt, autoCompleteWarnedAt: warnedAt },
  });
  return autoCompleteAt;
}

/** What a refused call must leave as it was: the order, its requests, timeline, notifications and money. */
export async function orderFootprint(db: Db, orderId: string) {
  const [order, requests, events, notifications, ledger] = await Promise.all([
    db.order.findUniqueOrThrow({
      where: { id: orderId },
      select: { status: true, dueAt: true, autoCompleteAt: true, cancelledAt: true, cancelReason: true, updatedAt: true },
    }),
    db.orderRequest.findMany({ where: { orderId }, orderBy: { id: "asc" } }),
    db.orderEvent.count({ where: { orderId } }),
    db.notification.count({ where: { link: `/orders/${orderId}` } }),
    db.ledgerTransaction.count({ where: { orderId } }),
  ]);
  return { order, requests, events, notifications, ledger };
}
