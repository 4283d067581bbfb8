import { parseInput } from "@hunar/core/parse-input";
import type { Db, DisputeProposalStatus } from "@hunar/db/types";
import { withMoneyTransaction } from "@hunar/payments/ledger/with-money-transaction";
import { disputeError, disputeNotFound } from "../dispute-errors.ts";
import { type AnswerSettlementInput, UNDECIDED, ZAnswerSettlement } from "../dispute-rules.ts";
import { finishDispute } from "../decisions/finish-dispute.ts";
import { lockDispute, requireParty } from "../lock-dispute.ts";
import { displayName, notifyDispute } from "../notify-dispute.ts";

/**
 * The other party accepts or declines a proposal, or its proposer withdraws it. Accepting
 * resolves the dispute with no admin (finishDispute: the money, the order's final state) and
 * tells both; it is not appealable, because both agreed. Under the order and dispute locks, so an
 * acceptance racing an admin's decision, or a newer proposal, finds the other already done and
 * is refused.
 */
export async function answerSettlement(
  db: Db,
  actor: { userId: string },
  raw: AnswerSettlementInput,
  now = new Date(),
): Promise<{ status: DisputeProposalStatus }> {
  const input = parseInput(ZAnswerSettlement, raw);
  return withMoneyTransaction(db, async (tx) => {
    const found = await tx.disputeProposal.findUnique({ where: { id: input.proposalId }, select: { disputeId: true } });
    if (!found) throw disputeNotFound();
    const { dispute, order } = await lockDispute(tx, found.disputeId);
    requireParty(order, actor.userId);
    const proposal = await tx.disputeProposal.findUniqueOrThrow({
      where: { id: input.proposalId },
      select: { id: true, proposerId: true, status: true, freelancerPaisa: true, clientPaisa: true },
    });
    if (proposal.status !== "PENDING" || !(UNDECIDED as readonly string[]).includes(dispute.status)) {
      throw disputeError("INVALID_STATE", "settlement.notPending");
    }
    const mine = proposal.proposerId === actor.userId;
    if (input.answer === "withdraw" ? !mine : mine)
      throw disputeError("FORBIDDEN", input.answer === "withdraw" ? "settlement.notYours" : "settlement.ownProposal");
    const status: DisputeProposalStatus = input.answer === "accept" ? "ACCEPTED" : input.answer === "decline" ? "DECLINED" : "WITHDRAWN";
    await tx.disputeProposal.update({ where: { id: proposal.id }, data: { status, answeredAt: now } });
    const split = { freelancerPaisa: proposal.freelancerPaisa, clientPaisa: proposal.clientPaisa };
    const amounts = { freelancerPaisa: String(split.freelancerPaisa), clientPaisa: String(split.clientPaisa) };
    if (status === "ACCEPTED") {
      await finishDispute(tx, { dispute, order, split, deciderId: null, proposalId: proposal.id, reason: "", now });
      await notifyDispute(tx, { dispute, order }, [order.clientId, order.freelancerId], "dispute.settled", amounts, "settled");
    } else if (status === "DECLINED") {
      const name = await displayName(tx, actor.userId);
      await notifyDispute(
        tx,
        { dispute, order },
        [proposal.proposerId],
        "dispute.proposalDeclined",
        { ...amounts, name },
        `proposal:${proposal.id}:declined`,
      );
    }
    return { status };
  });
}
