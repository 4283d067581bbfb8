import { AppError } from "@hunar/core/app-error";
import type { Tx } from "@hunar/db/types";
import { notify } from "@hunar/notifications/notify";
import { fundEscrow } from "@hunar/payments/escrow/fund-escrow";
import { lockOrder } from "./lock-order.ts";
import { readContractStage } from "./milestones/contract-stage.ts";
import { fundNextMilestone } from "./milestones/fund-next-milestone.ts";
import { addDays, orderHref } from "./order-link.ts";
import { assertTransition } from "./order-states.ts";
import { countMissingAnswers } from "./requirements/missing-answers.ts";
import { recordOrderEvent } from "./timeline/record-order-event.ts";

export interface StartPaidOrderInput {
  orderId: string;
  /** The client paying, or an admin confirming the client's transfer. */
  actorId: string;
  /** When the work starts; defaults to now (the demo seed backdates it). */
  now?: Date;
}

/**
 * Pays an order from its client's wallet and starts the work: escrow is funded (payments) and
 * the order becomes IN_PROGRESS, in the caller's transaction. It is due deliveryDays from now,
 * or, while required questions of the gig are unanswered, has no due date yet (the clock starts
 * when the client answers them, submit-requirements.ts). The
 * status is checked under the order's row lock, so of two concurrent payments exactly one
 * starts it and the other is told the order no longer waits for payment. The freelancer is
 * notified in the same transaction (delivered once it commits). A contract with milestones is
 * paid one milestone at a time: this funds the next one (fundNextMilestone).
 */
export async function startPaidOrder(
  tx: Tx,
  input: StartPaidOrderInput,
): Promise<{ transactionId: string; fundedAt: Date; dueAt: Date | null }> {
  const order = await lockOrder(tx, input.orderId);
  if (!order) throw new AppError("NOT_FOUND", "payments:errors.ledger.orderNotFound");
  const stage = await readContractStage(tx, order.id);
  if (stage.shape.contract) return fundNextMilestone(tx, order, stage, input);
  const status = assertTransition("pay", order.status, "payments:errors.ledger.orderNotPayable");
  const fundedAt = input.now ?? new Date();
  const ready = (await countMissingAnswers(tx, order.id)) === 0;
  const dueAt = ready ? addDays(fundedAt, order.deliveryDays) : null;
  // The order row is ours already; writing it before the posting keeps the posting's account
  // locks held for as short a time as possible.
  await tx.order.update({
    where: { id: order.id },
    data: { status, fundedAt, dueAt, requirementsSubmittedAt: ready ? fundedAt : null },
  });
  const { transactionId } = await fundEscrow(tx, { orderId: order.id, actorId: input.actorId, ...(input.now ? { now: input.now } : {}) });
  const client = await tx.user.findUniqueOrThrow({ where: { id: order.clientId }, select: { displayName: true } });
  await notify(tx, {
    userId: order.freelancerId,
    kind: "order.paid",
    data: {
      orderId: order.id,
      orderNumber: order.number,
      title: order.title,
      clientName: client.displayName,
      subtotalPaisa: String(order.subtotalPaisa),
      dueAt: dueAt?.toISOString() ?? null,
    },
    link: orderHref(order.id),
    dedupeKey: `order:${order.id}:paid`,
  });
  await recordOrderEvent(tx, {
    order,
    kind: "paid",
    data: { dueAt: dueAt?.toISOString() ?? null },
    actorId: input.actorId,
    at: fundedAt,
    dedupeKey: `order:${order.id}:paid`,
  });
  return { transactionId, fundedAt, dueAt };
}
