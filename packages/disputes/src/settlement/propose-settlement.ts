import { parseInput } from "@hunar/core/parse-input";
import type { Db } from "@hunar/db/types";
import { disputeError } from "../dispute-errors.ts";
import { type ProposeSettlementInput, UNDECIDED, ZProposeSettlement } from "../dispute-rules.ts";
import { assertAddsUp } from "../decisions/dispute-outcome.ts";
import { lockDispute, requireParty } from "../lock-dispute.ts";
import { displayName, notifyDispute } from "../notify-dispute.ts";

/**
 * A party offers to settle: this much of the escrow to the freelancer, the rest back to the
 * client (the two must add up to it). A proposal still waiting, from either side, is superseded:
 * one offer is on the table at a time. The other party is told; accepting it ends the dispute.
 */
export async function proposeSettlement(
  db: Db,
  actor: { userId: string },
  raw: ProposeSettlementInput,
  now = new Date(),
): Promise<{ proposalId: string }> {
  const input = parseInput(ZProposeSettlement, raw);
  return db.$transaction(async (tx) => {
    const { dispute, order } = await lockDispute(tx, input.disputeId);
    requireParty(order, actor.userId);
    if (!(UNDECIDED as readonly string[]).includes(dispute.status)) throw disputeError("INVALID_STATE", "settlement.closed");
    assertAddsUp(input, dispute.escrowPaisa);
    await tx.disputeProposal.updateMany({
      where: { disputeId: dispute.id, status: "PENDING" },
      data: { status: "SUPERSEDED", answeredAt: now },
    });
    const proposal = await tx.disputeProposal.create({
      data: {
        disputeId: dispute.id,
        proposerId: actor.userId,
        freelancerPaisa: input.freelancerPaisa,
        clientPaisa: input.clientPaisa,
        createdAt: now,
      },
      select: { id: true },
    });
    const other = actor.userId === order.clientId ? order.freelancerId : order.clientId;
    await notifyDispute(
      tx,
      { dispute, order },
      [other],
      "dispute.proposal",
      { freelancerPaisa: String(input.freelancerPaisa), clientPaisa: String(input.clientPaisa), name: await displayName(tx, actor.userId) },
      `proposal:${proposal.id}`,
    );
    return { proposalId: proposal.id };
  });
}
