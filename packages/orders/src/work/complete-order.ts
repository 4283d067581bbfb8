import type { OrderStatus, Tx } from "@hunar/db/types";
import { notify } from "@hunar/notifications/notify";
import { releaseEscrow } from "@hunar/payments/escrow/release-escrow";
import { releaseMilestone } from "@hunar/payments/escrow/release-milestone";
import type { LockedOrder } from "../lock-order.ts";
import { type ContractStage, readContractStage } from "../milestones/contract-stage.ts";
import { addDays, orderHref } from "../order-link.ts";
import { assertTransition } from "../order-states.ts";
import { recordOrderEvent } from "../timeline/record-order-event.ts";
import { REVIEW_WINDOW_DAYS } from "./work-timing.ts";

export type Completion =
  /** The client accepted the delivery. */
  | { transition: "accept"; actorId: string }
  /** Nobody replied to the delivery in time (the timer, no actor). */
  | { transition: "autoComplete"; actorId: null };

export interface CompletedOrder {
  status: OrderStatus;
  completedAt: Date;
  reviewsCloseAt: Date;
  releasedPaisa: bigint;
  netPaisa: bigint;
}

/**
 * The one way an order completes, for acceptance and auto-completion alike: the order COMPLETED
 * with its review window open, the gig's completed count up, and the whole escrow released to
 * the freelancer (less the fee) by payments in the caller's transaction. The caller holds the
 * order lock (lockOrder); the transition is checked here against the status it read, so of an
 * acceptance and the timer arriving together exactly one completes the order. The release key
 * names the completion, so no second release can follow it. A contract completes with its last
 * milestone: that milestone is approved and only its escrow released (the earlier ones were
 * released when they were accepted, accept-milestone.ts).
 */
export async function completeOrder(
  tx: Tx,
  order: LockedOrder,
  completion: Completion,
  now: Date,
  known?: ContractStage,
): Promise<CompletedOrder> {
  const stage = known ?? (await readContractStage(tx, order.id));
  const status = assertTransition(completion.transition, order.status, "orders:errors.accept.notDelivered", stage.shape);
  const reviewsCloseAt = addDays(now, REVIEW_WINDOW_DAYS);
  await tx.order.update({
    where: { id: order.id },
    data: { status, completedAt: now, reviewsCloseAt, autoCompleteAt: null },
  });
  if (order.gigId) await tx.gig.update({ where: { id: order.gigId }, data: { ordersCompleted: { increment: 1 } } });
  const milestone = stage.current;
  if (milestone) await tx.milestone.update({ where: { id: milestone.id }, data: { status: "APPROVED", approvedAt: now } });
  const release = milestone
    ? await releaseMilestone(tx, { orderId: order.id, milestoneId: milestone.id, actorId: completion.actorId, now })
    : await releaseEscrow(tx, {
        orderId: order.id,
        actorId: completion.actorId,
        idempotencyKey: `order:${order.id}:release:complete`,
        now,
      });
  const kind = completion.transition === "accept" ? "completed" : "autoCompleted";
  const dedupeKey = `order:${order.id}:${kind}`;
  await recordOrderEvent(tx, {
    order,
    kind,
    data: { releasedPaisa: release.amountPaisa.toString() },
    actorId: completion.actorId,
    at: now,
    dedupeKey,
  });
  await notifyCompletion(tx, order, completion, release.netPaisa, dedupeKey);
  return { status, completedAt: now, reviewsCloseAt, releasedPaisa: release.amountPaisa, netPaisa: release.netPaisa };
}

async function notifyCompletion(tx: Tx, order: LockedOrder, completion: Completion, netPaisa: bigint, dedupeKey: string): Promise<void> {
  const about = { orderId: order.id, orderNumber: order.number, title: order.title };
  const link = orderHref(order.id);
  if (completion.transition === "accept") {
    await notify(tx, {
      userId: order.freelancerId,
      kind: "order.completed",
      data: { ...about, netPaisa: netPaisa.toString() },
      link,
      dedupeKey,
    });
    return;
  }
  for (const userId of [order.clientId, order.freelancerId]) {
    await notify(tx, { userId, kind: "order.autoCompleted", data: about, link, dedupeKey });
  }
}
