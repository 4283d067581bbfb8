import { parseInput } from "@hunar/core/parse-input";
import type { Db, DisputeResolution } from "@hunar/db/types";
import { withMoneyTransaction } from "@hunar/payments/ledger/with-money-transaction";
import { disputeError } from "../dispute-errors.ts";
import { type DecisionInput, UNDECIDED, ZDecision } from "../dispute-rules.ts";
import { lockDispute } from "../lock-dispute.ts";
import { notifyDispute } from "../notify-dispute.ts";
import { assertDecidingAdmin, auditDispute, type DisputeAdmin } from "./deciding-admin.ts";
import { splitFor } from "./dispute-outcome.ts";
import { finishDispute } from "./finish-dispute.ts";

export interface DisputeDecisionResult {
  resolution: DisputeResolution;
  freelancerPaisa: number;
  clientPaisa: number;
  appealUntil: Date;
}

/**
 * An admin decides an undecided dispute: release to the freelancer, refund to the client, or a
 * split that adds up to the escrow, with a written reason both parties see. Not before the other
 * party has answered or their three days have passed, never by an admin who is a party. Under the
 * order and dispute locks, in one transaction with the money (finishDispute), the audit row
 * (before and after) and both parties told: a late acceptance of a proposal, or a second admin,
 * waits for the lock and then finds the dispute decided.
 */
export async function decideDispute(db: Db, admin: DisputeAdmin, raw: DecisionInput, now = new Date()): Promise<DisputeDecisionResult> {
  const input = parseInput(ZDecision, raw);
  return withMoneyTransaction(db, async (tx) => {
    const { dispute, order } = await lockDispute(tx, input.disputeId);
    await assertDecidingAdmin(tx, admin, order);
    if (!(UNDECIDED as readonly string[]).includes(dispute.status)) throw disputeError("INVALID_STATE", "decide.alreadyDecided");
    if (dispute.answeredAt === null && dispute.answerDueAt > now) {
      throw disputeError("INVALID_STATE", "decide.awaitingAnswer");
    }
    const split = splitFor(input.resolution, dispute.escrowPaisa, input);
    const finished = await finishDispute(tx, {
      dispute,
      order,
      split,
      deciderId: admin.userId,
      proposalId: null,
      reason: input.reason,
      now,
    });
    await auditDispute(tx, admin, "dispute.decide", dispute.id, input.reason, {
      before: { status: dispute.status, orderStatus: order.status, escrowPaisa: dispute.escrowPaisa },
      after: {
        status: "RESOLVED",
        resolution: finished.resolution,
        freelancerPaisa: split.freelancerPaisa,
        clientPaisa: split.clientPaisa,
      },
    });
    const appealUntil = finished.appealUntil ?? now;
    await notifyDispute(
      tx,
      { dispute, order },
      [order.clientId, order.freelancerId],
      "dispute.decided",
      {
        resolution: finished.resolution,
        freelancerPaisa: String(split.freelancerPaisa),
        clientPaisa: String(split.clientPaisa),
        reason: input.reason,
        appealUntil: appealUntil.toISOString(),
      },
      "decided",
    );
    return { resolution: finished.resolution, ...split, appealUntil };
  });
}
