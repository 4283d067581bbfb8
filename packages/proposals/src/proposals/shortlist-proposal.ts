import { AppError } from "@hunar/core/app-error";
import type { Db } from "@hunar/db/types";
import { lockProposal } from "./lock-proposal.ts";

/** The job's client marks a fresh proposal for a closer look; only SUBMITTED ones can be shortlisted. */
export async function shortlistProposal(db: Db, actor: { userId: string }, proposalId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const proposal = await lockProposal(tx, proposalId);
    if (!proposal || proposal.clientId !== actor.userId) throw new AppError("NOT_FOUND", "proposals:errors.notFound");
    if (proposal.status !== "SUBMITTED") throw new AppError("INVALID_STATE", "proposals:errors.notShortlistable");
    await tx.proposal.update({ where: { id: proposal.id }, data: { status: "SHORTLISTED", shortlistedAt: new Date() } });
  });
}
