import type { Db, Tx } from "@hunar/db/types";

/** The freelancer who sent a proposal and the client whose job it answers; null if none. */
export async function proposalParties(db: Db | Tx, proposalId: string): Promise<string[] | null> {
  const proposal = await db.proposal.findUnique({
    where: { id: proposalId },
    select: { freelancerId: true, job: { select: { clientId: true } } },
  });
  return proposal ? [proposal.freelancerId, proposal.job.clientId] : null;
}
