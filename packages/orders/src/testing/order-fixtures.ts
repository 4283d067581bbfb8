import type { Db } from "@hunar/db/client";
import type { PackageTier } from "@hunar/db/types";
import { creditWallet, type TestPerson } from "@hunar/payments/testing/payment-fixtures";
import { type CheckoutWorld, createCheckoutWorld } from "../checkout/checkout-fixtures.ts";
import { payOrder } from "../checkout/pay-order.ts";
import { placeGigOrder } from "../checkout/place-gig-order.ts";
import { acceptDelivery } from "../work/accept-delivery.ts";
import { deliverOrder } from "../work/deliver-order.ts";

/*
 * Test-only: orders at each step of the work, reached through the real functions (placed, paid
 * from a wallet credited with the total, delivered, accepted), so a fixture cannot make an order
 * the product could not.
 */

export type OrderWorld = CheckoutWorld;

export interface TestPaidOrder {
  id: string;
  number: number;
  clientId: string;
  freelancerId: string;
  gigId: string;
  subtotalPaisa: number;
  freelancerFeePaisa: number;
  totalPaisa: number;
}

/** A freelancer with a published gig (Basic 3 days / 1 revision, Standard 5 / 2, Premium 7 / unlimited), a client, a stranger and an admin. */
export const createOrderWorld: (db: Db) => Promise<OrderWorld> = createCheckoutWorld;

/**
 * A paid order of the world's gig, IN_PROGRESS with the requirements in (the test gig asks none,
 * so the clock starts at payment). The client's wallet is credited with exactly the total first.
 */
export async function createPaidOrder(
  db: Db,
  world: OrderWorld,
  options: { tier?: PackageTier; client?: TestPerson; gigId?: string } = {},
): Promise<TestPaidOrder> {
  const client = options.client ?? world.client;
  const gigId = options.gigId ?? world.gigId;
  const placed = await placeGigOrder(db, client, { gigId, tier: options.tier ?? "BASIC" });
  await creditWallet(db, client.userId, BigInt(placed.totalPaisa));
  await payOrder(db, client, { orderId: placed.id, method: "wallet" });
  const order = await db.order.findUniqueOrThrow({
    where: { id: placed.id },
    select: {
      id: true,
      number: true,
      clientId: true,
      freelancerId: true,
      gigId: true,
      subtotalPaisa: true,
      freelancerFeePaisa: true,
      totalPaisa: true,
    },
  });
  return { ...order, gigId };
}

/** A paid order its freelancer has delivered at `now` (it auto-completes three days later). */
export async function createDeliveredOrder(
  db: Db,
  world: OrderWorld,
  options: { tier?: PackageTier; client?: TestPerson; now?: Date } = {},
): Promise<TestPaidOrder & { deliveryId: string }> {
  const order = await createPaidOrder(db, world, options);
  const { deliveryId } = await deliverOrder(
    db,
    { userId: order.freelancerId },
    { orderId: order.id, message: "Here is the logo in three colourways." },
    options.now,
  );
  return { ...order, deliveryId };
}

/** A delivered order its client accepted at `now`: COMPLETED, escrow released, reviews open. */
export async function createCompletedOrder(
  db: Db,
  world: OrderWorld,
  options: { tier?: PackageTier; client?: TestPerson; now?: Date } = {},
): Promise<TestPaidOrder & { deliveryId: string }> {
  const order = await createDeliveredOrder(db, world, options);
  await acceptDelivery(db, { userId: order.clientId }, order.id, options.now);
  return order;
}
