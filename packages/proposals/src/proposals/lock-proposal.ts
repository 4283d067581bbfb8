import type { ProposalStatus, Tx } from "@hunar/db/types";

export interface LockedProposal {
  id: string;
  jobId: string;
  freelancerId: string;
  clientId: string;
  status: ProposalStatus;
}

/**
 * Locks the proposal row until the transaction ends and reads its state with the job's client,
 * so a shortlist racing a withdraw is decided by who locked first and the loser sees the new status.
 */
export async function lockProposal(tx: Tx, proposalId: string): Promise<LockedProposal | null> {
  const rows = await tx.$queryRaw<LockedProposal[]>`
    SELECT p.id, p."jobId", p."freelancerId", j."clientId", p.status::text AS status
    FROM "Proposal" p JOIN "Job" j ON j.id = p."jobId"
    WHERE p.id = ${proposalId} FOR UPDATE OF p`;
  return rows[0] ?? null;
}
