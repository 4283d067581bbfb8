import type { Tx } from "@hunar/db/types";
import { notify } from "@hunar/notifications/notify";
import { refundEscrow } from "@hunar/payments/escrow/refund-escrow";
import type { LockedOrder } from "../lock-order.ts";
import { orderHref } from "../order-link.ts";
import { assertTransition } from "../order-states.ts";
import { recordOrderEvent } from "../timeline/record-order-event.ts";
import { closePendingRequests } from "./close-pending-requests.ts";

export interface CancelOrderInput {
  /** Locked by the caller, who has checked that this party may cancel it this way. */
  order: LockedOrder;
  /** The party whose action cancels it: who accepted the request, or the client of a late order. */
  actorId: string;
  how: "agreed" | "late";
  reason: string;
  now: Date;
}

export interface CancelledOrder {
  orderId: string;
  cancelledAt: Date;
  /** What went back to the client's wallet: the escrow, and the client fee when nothing had left it. */
  refundedPaisa: bigint;
  transactionId: string;
}

/**
 * The one place an order in progress is cancelled, whichever way it was agreed: the `cancel`
 * transition, the whole escrow back to the client (payments, same transaction), requests still
 * waiting closed, the timeline, and the party who did not act told. All or nothing.
 */
export async function cancelOrder(tx: Tx, input: CancelOrderInput): Promise<CancelledOrder> {
  const { order, actorId, now } = input;
  const status = assertTransition("cancel", order.status, "orders:errors.cancellation.notBeforeDelivery");
  // The order row is ours already; writing it before the refund keeps the ledger's account locks
  // held for as short a time as possible.
  await tx.order.update({ where: { id: order.id }, data: { status, cancelledAt: now, cancelReason: input.reason } });
  // The platform's rule moves the money (a party may only ever send it to the other side).
  const refund = await refundEscrow(tx, { orderId: order.id, actorId: null, now });
  const refundedPaisa = refund.amountPaisa + refund.clientFeeReturnedPaisa;
  await closePendingRequests(tx, order.id, now);
  const key = `order:${order.id}:cancelled`;
  await recordOrderEvent(tx, {
    order,
    kind: "cancelled",
    data: { how: input.how, refundedPaisa: refundedPaisa.toString() },
    actorId,
    at: now,
    dedupeKey: key,
  });
  await notify(tx, {
    userId: actorId === order.clientId ? order.freelancerId : order.clientId,
    kind: "order.cancelled",
    data: { orderId: order.id, orderNumber: order.number, title: order.title, cancelledAt: now.toISOString(), reason: input.reason },
    link: orderHref(order.id),
    dedupeKey: key,
  });
  return { orderId: order.id, cancelledAt: now, refundedPaisa, transactionId: refund.transactionId };
}
