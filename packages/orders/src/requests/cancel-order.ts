import type { Tx } from "@hunar/db/types";
import { notify } from "@hunar/notifications/notify";
import { refundEscrow } from "@hunar/payments/escrow/refund-escrow";
import { refundMilestone } from "@hunar/payments/escrow/refund-milestone";
import type { LockedOrder } from "../lock-order.ts";
import { readContractStage } from "../milestones/contract-stage.ts";
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
 * waiting closed, the timeline, and the party who did not act told. All or nothing. A contract
 * gives back only the milestone being worked on (whole: amount and its fee share); milestones
 * accepted before keep their release, and every milestone not accepted is CANCELLED.
 */
export async function cancelOrder(tx: Tx, input: CancelOrderInput): Promise<CancelledOrder> {
  const { order, actorId, now } = input;
  const stage = await readContractStage(tx, order.id);
  const status = assertTransition("cancel", order.status, "orders:errors.cancellation.notBeforeDelivery", stage.shape);
  // The order row is ours already; writing it before the refund keeps the ledger's account locks
  // held for as short a time as possible.
  await tx.order.update({ where: { id: order.id }, data: { status, cancelledAt: now, cancelReason: input.reason } });
  if (stage.shape.contract) {
    await tx.milestone.updateMany({
      where: { orderId: order.id, status: { in: ["PENDING", "FUNDED", "DELIVERED"] } },
      data: { status: "CANCELLED" },
    });
  }
  // The platform's rule moves the money (a party may only ever send it to the other side).
  const refund = stage.current
    ? await refundMilestone(tx, { orderId: order.id, milestoneId: stage.current.id, actorId: null, now })
    : await refundEscrow(tx, { orderId: order.id, actorId: null, now });
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
