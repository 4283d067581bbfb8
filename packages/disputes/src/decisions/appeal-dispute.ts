import { parseInput } from "@hunar/core/parse-input";
import type { Db } from "@hunar/db/types";
import { holdDisputeEarnings } from "@hunar/payments/escrow/settle-dispute";
import { withMoneyTransaction } from "@hunar/payments/ledger/with-money-transaction";
import { disputeError } from "../dispute-errors.ts";
import { APPEAL_DAYS, type AppealInput, ZAppeal } from "../dispute-rules.ts";
import { lockDispute, requireParty } from "../lock-dispute.ts";
import { displayName, notifyDispute } from "../notify-dispute.ts";
import { addDays } from "@hunar/orders/order-link";

/**
 * A party appeals an admin's decision, once, within seven days of it, with their reason (posted
 * to the thread, so the admin deciding the appeal reads it beside everything else). The freelancer's
 * share stops clearing until the appeal is decided, so a changed outcome can still move it. An
 * outcome the parties agreed on is not appealable; nor is an appeal's own outcome.
 */
export async function appealDispute(db: Db, actor: { userId: string }, raw: AppealInput, now = new Date()): Promise<{ appealedAt: Date }> {
  const input = parseInput(ZAppeal, raw);
  return withMoneyTransaction(db, async (tx) => {
    const { dispute, order } = await lockDispute(tx, input.disputeId);
    requireParty(order, actor.userId);
    if (dispute.appealedAt) throw disputeError("INVALID_STATE", "appeal.once");
    if (dispute.status !== "RESOLVED" || !dispute.resolvedAt) throw disputeError("INVALID_STATE", "appeal.notDecided");
    const first = await tx.disputeDecision.findUniqueOrThrow({
      where: { disputeId_round: { disputeId: dispute.id, round: 1 } },
      select: { deciderId: true, transactionId: true },
    });
    if (!first.deciderId) throw disputeError("INVALID_STATE", "appeal.agreed");
    if (now > addDays(dispute.resolvedAt, APPEAL_DAYS)) throw disputeError("INVALID_STATE", "appeal.tooLate");
    if (first.transactionId && !(await holdDisputeEarnings(tx, first.transactionId))) throw disputeError("INVALID_STATE", "appeal.tooLate");
    await tx.dispute.update({
      where: { id: dispute.id },
      data: { status: "APPEALED", appealedById: actor.userId, appealReason: input.reason, appealedAt: now },
    });
    await tx.disputeEvidence.create({ data: { disputeId: dispute.id, authorId: actor.userId, statement: input.reason, createdAt: now } });
    const other = actor.userId === order.clientId ? order.freelancerId : order.clientId;
    await notifyDispute(tx, { dispute, order }, [other], "dispute.appealed", { name: await displayName(tx, actor.userId) }, "appealed");
    return { appealedAt: now };
  });
}
