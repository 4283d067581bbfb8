import type { Db } from "@hunar/db/client";
import { addDays } from "@hunar/orders/order-link";
import { createDeliveredOrder, createOrderWorld, type OrderWorld, type TestPaidOrder } from "@hunar/orders/testing/order-fixtures";
import { createPerson, type TestPerson } from "@hunar/payments/testing/payment-fixtures";
import { postToDispute } from "../post-to-dispute.ts";
import { openDispute } from "../open-dispute.ts";

/*
 * Test-only: disputes reached through the real functions, on orders reached the same way.
 */

export interface DisputeWorld extends OrderWorld {
  /** A second admin, for appeals (a different admin decides them). */
  secondAdmin: TestPerson & { isAdmin: true };
}

export async function createDisputeWorld(db: Db): Promise<DisputeWorld> {
  const world = await createOrderWorld(db);
  return { ...world, secondAdmin: { ...(await createPerson(db, "Second Admin", { isAdmin: true })), isAdmin: true as const } };
}

/** A delivered order its client disputes, answered by the freelancer, so an admin may decide. */
export async function createAnsweredDispute(
  db: Db,
  world: OrderWorld,
  now = new Date(),
): Promise<{ order: TestPaidOrder; disputeId: string; at: Date }> {
  const order = await createDeliveredOrder(db, world, { now: addDays(now, -1) });
  const { disputeId } = await openDispute(
    db,
    world.client,
    { orderId: order.id, reason: "NOT_AS_DESCRIBED", description: "The logo has the wrong colours and no Urdu wordmark." },
    now,
  );
  await postToDispute(db, world.freelancer, { disputeId, statement: "The brief asked for these colours; see the chat." }, now);
  return { order, disputeId, at: now };
}

/** Every PLATFORM_REVENUE entry of the order, summed: what the platform kept from it. */
export async function orderRevenue(db: Db, orderId: string): Promise<bigint> {
  const rows = await db.ledgerEntry.findMany({
    where: { account: { type: "PLATFORM_REVENUE" }, transaction: { orderId } },
    select: { amountPaisa: true },
  });
  return rows.reduce((sum, row) => sum + row.amountPaisa, 0n);
}
