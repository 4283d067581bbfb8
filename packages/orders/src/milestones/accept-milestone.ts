import { AppError } from "@hunar/core/app-error";
import type { OrderStatus, Tx } from "@hunar/db/types";
import { notify } from "@hunar/notifications/notify";
import { releaseMilestone } from "@hunar/payments/escrow/release-milestone";
import type { LockedOrder } from "../lock-order.ts";
import { orderHref } from "../order-link.ts";
import { assertTransition } from "../order-states.ts";
import { recordOrderEvent } from "../timeline/record-order-event.ts";
import type { Completion } from "../work/complete-order.ts";
import type { ContractStage } from "./contract-stage.ts";

export interface AcceptedMilestone {
  status: OrderStatus;
  milestoneId: string;
  position: number;
  approvedAt: Date;
  releasedPaisa: bigint;
  netPaisa: bigint;
}

/**
 * A delivered milestone that leaves more of the contract is accepted, by the client or by the
 * timer: the milestone APPROVED, its escrow released to the freelancer (payments, the fee by
 * feeOwedAfter), and the order back to PENDING_PAYMENT with no clock until the client pays the
 * next one. The caller holds the order lock; the transition is checked against the stage read
 * under it, so of an acceptance and the timer exactly one goes through. The last milestone
 * completes the order instead (completeOrder).
 */
export async function acceptMilestone(
  tx: Tx,
  order: LockedOrder,
  stage: ContractStage,
  completion: Completion,
  now: Date,
): Promise<AcceptedMilestone> {
  const transition = completion.transition === "accept" ? "acceptMilestone" : "autoAcceptMilestone";
  const status = assertTransition(transition, order.status, "orders:errors.accept.notDelivered", stage.shape);
  const milestone = stage.current;
  if (!milestone) throw new AppError("INVALID_STATE", "orders:errors.accept.notDelivered");
  await tx.order.update({ where: { id: order.id }, data: { status, dueAt: null, autoCompleteAt: null, autoCompleteWarnedAt: null } });
  await tx.milestone.update({ where: { id: milestone.id }, data: { status: "APPROVED", approvedAt: now } });
  const release = await releaseMilestone(tx, { orderId: order.id, milestoneId: milestone.id, actorId: completion.actorId, now });
  const automatic = completion.transition === "autoComplete";
  const dedupeKey = `order:${order.id}:milestone:${milestone.id}:accepted`;
  await recordOrderEvent(tx, {
    order,
    kind: "milestoneAccepted",
    data: { milestoneId: milestone.id, position: milestone.position, releasedPaisa: release.amountPaisa.toString(), automatic },
    actorId: completion.actorId,
    at: now,
    dedupeKey,
  });
  // The client acted, so only the freelancer needs telling; when the timer did, both do.
  for (const userId of automatic ? [order.clientId, order.freelancerId] : [order.freelancerId]) {
    await notify(tx, {
      userId,
      kind: "order.milestoneAccepted",
      data: {
        orderId: order.id,
        orderNumber: order.number,
        title: order.title,
        position: milestone.position,
        milestoneTitle: milestone.title,
        netPaisa: release.netPaisa.toString(),
        automatic,
      },
      link: orderHref(order.id),
      dedupeKey,
    });
  }
  return {
    status,
    milestoneId: milestone.id,
    position: milestone.position,
    approvedAt: now,
    releasedPaisa: release.amountPaisa,
    netPaisa: release.netPaisa,
  };
}
