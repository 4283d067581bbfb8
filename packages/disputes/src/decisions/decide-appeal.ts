import { parseInput } from "@hunar/core/parse-input";
import type { Db, DisputeResolution } from "@hunar/db/types";
import { recordOrderEvent } from "@hunar/orders/timeline/record-order-event";
import { resettleDisputedEscrow } from "@hunar/payments/escrow/settle-dispute";
import { withMoneyTransaction } from "@hunar/payments/ledger/with-money-transaction";
import { disputeError } from "../dispute-errors.ts";
import { type DecisionInput, ZDecision } from "../dispute-rules.ts";
import { lockDispute } from "../lock-dispute.ts";
import { notifyDispute } from "../notify-dispute.ts";
import { assertDecidingAdmin, auditDispute, type DisputeAdmin } from "./deciding-admin.ts";
import { resolutionOf, splitFor } from "./dispute-outcome.ts";
import { setFinalState } from "./finish-dispute.ts";

/**
 * A different admin decides an appeal, and that is final. The same outcome moves nothing (the
 * held share clears as usual); a different one moves the difference in a second ledger posting,
 * so the history keeps both, and the order's final state follows (CANCELLED becomes COMPLETED or
 * the other way). The admin who decided the dispute, and a party, may not decide the appeal. If
 * the client's wallet no longer holds what a changed outcome takes back, the ledger refuses it
 * and nothing changes (CONFLICT, insufficient funds).
 */
export interface AppealDecisionResult {
  resolution: DisputeResolution;
  freelancerPaisa: number;
  clientPaisa: number;
  /** False when the appeal kept the first outcome (nothing moved). */
  changed: boolean;
}

export async function decideAppeal(db: Db, admin: DisputeAdmin, raw: DecisionInput, now = new Date()): Promise<AppealDecisionResult> {
  const input = parseInput(ZDecision, raw);
  return withMoneyTransaction(db, async (tx) => {
    const { dispute, order } = await lockDispute(tx, input.disputeId);
    await assertDecidingAdmin(tx, admin, order);
    if (dispute.status !== "APPEALED") throw disputeError("INVALID_STATE", "appeal.notAppealed");
    const first = await tx.disputeDecision.findUniqueOrThrow({
      where: { disputeId_round: { disputeId: dispute.id, round: 1 } },
      select: { deciderId: true, freelancerPaisa: true, clientPaisa: true, transactionId: true, resolution: true },
    });
    if (first.deciderId === admin.userId) throw disputeError("FORBIDDEN", "appeal.sameAdmin");
    if (!first.transactionId) throw new Error(`dispute ${dispute.id}: the first decision has no ledger posting`);
    const split = splitFor(input.resolution, dispute.escrowPaisa, input);
    const changed = split.freelancerPaisa !== first.freelancerPaisa;
    const money = await resettleDisputedEscrow(tx, {
      orderId: order.id,
      disputeId: dispute.id,
      milestoneId: dispute.milestoneId,
      actorId: admin.userId,
      split: { freelancerPaisa: BigInt(split.freelancerPaisa), clientPaisa: BigInt(split.clientPaisa) },
      previous: {
        freelancerPaisa: BigInt(first.freelancerPaisa),
        clientPaisa: BigInt(first.clientPaisa),
        transactionId: first.transactionId,
      },
      now,
    });
    const resolution = resolutionOf(split);
    await tx.disputeDecision.create({
      data: {
        disputeId: dispute.id,
        round: 2,
        deciderId: admin.userId,
        resolution,
        freelancerPaisa: split.freelancerPaisa,
        clientPaisa: split.clientPaisa,
        reason: input.reason,
        transactionId: money?.transactionId ?? null,
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
        resolutionNote: input.reason,
        resolvedById: admin.userId,
      },
    });
    const wasReleased = first.freelancerPaisa > 0;
    const nowReleased = split.freelancerPaisa > 0;
    if (wasReleased !== nowReleased) {
      await setFinalState(tx, order, dispute, split, nowReleased ? "appealReleased" : "appealRefunded", now);
    }
    await recordOrderEvent(tx, {
      order,
      kind: "disputeResolved",
      data: {
        disputeId: dispute.id,
        how: "appeal",
        freelancerPaisa: String(split.freelancerPaisa),
        clientPaisa: String(split.clientPaisa),
      },
      actorId: admin.userId,
      at: now,
      dedupeKey: `order:${order.id}:dispute:${dispute.id}:resolved:2`,
    });
    await auditDispute(tx, admin, "dispute.appeal.decide", dispute.id, input.reason, {
      before: { status: "APPEALED", resolution: first.resolution, freelancerPaisa: first.freelancerPaisa, clientPaisa: first.clientPaisa },
      after: { status: "RESOLVED", resolution, freelancerPaisa: split.freelancerPaisa, clientPaisa: split.clientPaisa, changed },
    });
    await notifyDispute(
      tx,
      { dispute, order },
      [order.clientId, order.freelancerId],
      "dispute.appealDecided",
      { resolution, freelancerPaisa: String(split.freelancerPaisa), clientPaisa: String(split.clientPaisa), reason: input.reason, changed },
      "appealDecided",
    );
    return { resolution, ...split, changed };
  });
}
