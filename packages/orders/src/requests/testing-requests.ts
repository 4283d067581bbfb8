import type { Db } from "@hunar/db/client";
import { withMoneyTransaction } from "@hunar/payments/ledger/with-money-transaction";
import { createPerson, creditWallet, type TestPerson } from "@hunar/payments/testing/payment-fixtures";
import { type CheckoutWorld, createCheckoutWorld } from "../checkout/checkout-fixtures.ts";
import { placeGigOrder } from "../checkout/place-gig-order.ts";
import { addDays, addHours } from "../order-link.ts";
import { startPaidOrder } from "../start-paid-order.ts";

/*
 * Test-only: orders in progress for the requests and outage tests, paid the real way (the
 * client's wallet is credited with the total and the order started from it), so a refund has
 * real escrow and client fee to return.
 */

export type RequestsWorld = CheckoutWorld;
export const createRequestsWorld = createCheckoutWorld;

export interface RunningOrder {
  id: string;
  number: number;
  client: TestPerson;
  freelancerId: string;
  subtotalPaisa: number;
  clientFeePaisa: number;
  totalPaisa: number;
  fundedAt: Date;
  /** fundedAt + the Basic package's 3 days. */
  dueAt: Date;
}

/** A Basic order of the world's gig by a new client (empty wallet once paid), in progress since fundedAt. */
export async function createRunningOrder(db: Db, world: RequestsWorld, fundedAt: Date, name = "Order Client"): Promise<RunningOrder> {
  const client = await createPerson(db, name);
  const placed = await placeGigOrder(db, client, { gigId: world.gigId, tier: "BASIC" }, fundedAt);
  await creditWallet(db, client.userId, BigInt(placed.totalPaisa));
  const started = await withMoneyTransaction(db, (tx) => startPaidOrder(tx, { orderId: placed.id, actorId: client.userId, now: fundedAt }));
  const order = await db.order.findUniqueOrThrow({
    where: { id: placed.id },
    select: { subtotalPaisa: true, clientFeePaisa: true, totalPaisa: true, freelancerId: true },
  });
  return { id: placed.id, number: placed.number, client, ...order, fundedAt, dueAt: started.dueAt ?? addDays(fundedAt, 3) };
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
