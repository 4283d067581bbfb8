import type { DisputeResolution, OrderStatus, Tx } from "@hunar/db/types";
import type { LockedOrder } from "@hunar/orders/lock-order";
import { addDays } from "@hunar/orders/order-link";
import { assertTransition, type OrderTransition } from "@hunar/orders/order-states";
import { recordOrderEvent } from "@hunar/orders/timeline/record-order-event";
import { REVIEW_WINDOW_DAYS } from "@hunar/orders/work/work-timing";
import { settleDisputedEscrow } from "@hunar/payments/escrow/settle-dispute";
import { APPEAL_DAYS } from "../dispute-rules.ts";
import type { LockedDispute } from "../lock-dispute.ts";
import { resolutionOf, type Split } from "./dispute-outcome.ts";

export interface FinishDisputeInput {
  dispute: LockedDispute;
  order: LockedOrder;
  split: Split;
  /** The deciding admin; null when the parties agreed (proposalId). */
  deciderId: string | null;
  proposalId: string | null;
  reason: string;
  now: Date;
}

export interface FinishedDispute {
  resolution: DisputeResolution;
  transactionId: string;
  /** Until when either party may appeal (an admin's decision only). */
  appealUntil: Date | null;
}

/**
 * The first outcome of a dispute, whoever reached it: the escrow divided in one ledger posting
 * (an admin's decision holds the freelancer's share until the appeal window closes), the outcome
 * recorded as round 1, the dispute RESOLVED, proposals still waiting superseded, the order in its
 * final state (COMPLETED if the freelancer got anything, CANCELLED otherwise) with its milestones,
 * and the timeline. Call with the dispute locked (lockDispute) and its state checked.
 */
export async function finishDispute(tx: Tx, input: FinishDisputeInput): Promise<FinishedDispute> {
  const { dispute, order, split, now } = input;
  const resolution = resolutionOf(split);
  const appealUntil = input.deciderId ? addDays(now, APPEAL_DAYS) : null;
  const money = await settleDisputedEscrow(tx, {
    orderId: order.id,
    disputeId: dispute.id,
    milestoneId: dispute.milestoneId,
    actorId: input.deciderId,
    split: { freelancerPaisa: BigInt(split.freelancerPaisa), clientPaisa: BigInt(split.clientPaisa) },
    ...(appealUntil ? { holdUntil: appealUntil } : {}),
    now,
  });
  await tx.disputeDecision.create({
    data: {
      disputeId: dispute.id,
      round: 1,
      deciderId: input.deciderId,
      proposalId: input.proposalId,
      resolution,
      freelancerPaisa: split.freelancerPaisa,
      clientPaisa: split.clientPaisa,
      reason: input.reason,
      transactionId: money.transactionId,
      createdAt: now,
    },
  });
  await tx.dispute.update({
    where: { id: dispute.id },
    data: {
      status: "RESOLVED",
      resolution,
      releasedPaisa: split.freelancerPaisa,
      refundedPaisa: split.clientPaisa,
      resolutionNote: input.reason || null,
      resolvedById: input.deciderId,
      resolvedAt: now,
    },
  });
  await tx.disputeProposal.updateMany({
    where: { disputeId: dispute.id, status: "PENDING" },
    data: { status: "SUPERSEDED", answeredAt: now },
  });
  await setFinalState(tx, order, dispute, split, resolution === "REFUND" ? "disputeRefunded" : "disputeReleased", now);
  await recordOrderEvent(tx, {
    order,
    kind: "disputeResolved",
    data: {
      disputeId: dispute.id,
      how: input.deciderId ? "decided" : "agreed",
      freelancerPaisa: String(split.freelancerPaisa),
      clientPaisa: String(split.clientPaisa),
    },
    actorId: input.deciderId,
    at: now,
    dedupeKey: `order:${order.id}:dispute:${dispute.id}:resolved:1`,
  });
  return { resolution, transactionId: money.transactionId, appealUntil };
}

/**
 * The order's final state for an outcome, through the order's transition table: COMPLETED (reviews
 * open) when the freelancer got a share, CANCELLED when all went back. A contract's disputed
 * milestone is APPROVED or CANCELLED with it, and milestones never started are CANCELLED.
 */
export async function setFinalState(
  tx: Tx,
  order: { id: string; status: OrderStatus },
  dispute: { milestoneId: string | null },
  split: Split,
  transition: OrderTransition,
  now: Date,
): Promise<void> {
  const status = assertTransition(transition, order.status, "disputes:errors.decide.notDecidable");
  const released = split.freelancerPaisa > 0;
  await tx.order.update({
    where: { id: order.id },
    data: released
      ? { status, completedAt: now, reviewsCloseAt: addDays(now, REVIEW_WINDOW_DAYS), autoCompleteAt: null, cancelledAt: null }
      : { status, cancelledAt: now, completedAt: null, reviewsCloseAt: null, autoCompleteAt: null },
  });
  if (dispute.milestoneId) {
    await tx.milestone.update({
      where: { id: dispute.milestoneId },
      data: released ? { status: "APPROVED", approvedAt: now } : { status: "CANCELLED", approvedAt: null },
    });
  }
  await tx.milestone.updateMany({ where: { orderId: order.id, status: "PENDING" }, data: { status: "CANCELLED" } });
}
