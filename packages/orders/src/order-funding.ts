import { AppError } from "@hunar/core/app-error";
import type { Tx } from "@hunar/db/types";
import type { OrderFunding } from "@hunar/payments/funding/order-funding";
import { walletBalance } from "@hunar/payments/funding/wallet-balance";
import { lockOrder } from "./lock-order.ts";
import { mayTransition } from "./order-states.ts";
import { startPaidOrder } from "./start-paid-order.ts";

/** The client's own order, locked, when it waits for payment; NOT_FOUND / INVALID_STATE otherwise. */
export async function lockPayableOrder(tx: Tx, clientId: string, orderId: string) {
  const order = await lockOrder(tx, orderId);
  if (!order || order.clientId !== clientId) throw new AppError("NOT_FOUND", "errors:notFound");
  if (!mayTransition("pay", order.status)) throw new AppError("INVALID_STATE", "payments:errors.checkout.notAwaitingPayment");
  return order;
}

/**
 * What a funding that names an order means for it, handed to payments by every caller: the
 * order may take money only while it is its client's and waits for payment, and once the
 * client's wallet covers the total it is paid and started.
 */
export const orderFunding: OrderFunding = {
  assertPayable: (tx, clientId, orderId) => lockPayableOrder(tx, clientId, orderId),
  async fundIfCovered(tx, { orderId, clientId, actorId }) {
    const order = await lockOrder(tx, orderId);
    if (!order || order.clientId !== clientId || !mayTransition("pay", order.status)) return false;
    if ((await walletBalance(tx, clientId)) < BigInt(order.totalPaisa)) return false;
    await startPaidOrder(tx, { orderId, actorId: actorId ?? clientId });
    return true;
  },
};
