import { AppError } from "@hunar/core/app-error";
import type { Db } from "@hunar/db/types";
import { lockProposal } from "./lock-proposal.ts";

/**
 * The freelancer takes back a proposal the client has not answered. The row stays (WITHDRAWN)
 * and the job's proposalCount is not lowered: it counts bids received, and the job lock rules
 * (no edits once bids arrived) must not reopen because one was taken back.
 */
export async function withdrawProposal(db: Db, actor: { userId: string }, proposalId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const proposal = await lockProposal(tx, proposalId);
    if (!proposal || proposal.freelancerId !== actor.userId) throw new AppError("NOT_FOUND", "proposals:errors.notFound");
    if (proposal.status !== "SUBMITTED" && proposal.status !== "SHORTLISTED") {
      throw new AppError("INVALID_STATE", "proposals:errors.notWithdrawable");
    }
    await tx.proposal.update({ where: { id: proposal.id }, data: { status: "WITHDRAWN" } });
  });
}
