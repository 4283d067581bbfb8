import { AppError } from "@hunar/core/app-error";
import { Prisma, type Db } from "@hunar/db/types";
import { lockJob } from "../jobs/lock-job.ts";
import { lockProposal } from "./lock-proposal.ts";
import { parseProposalInput, proposalData } from "./proposal-input.ts";

/**
 * The freelancer rewrites a proposal the client has not answered, on a job still open. The job is
 * locked before the proposal, in the order submitProposal and closeJob take them, so a close
 * racing an edit cannot deadlock and the edit sees the job's final status.
 */
export async function updateProposal(db: Db, actor: { userId: string }, proposalId: string, raw: unknown): Promise<void> {
  await db.$transaction(async (tx) => {
    const found = await tx.proposal.findUnique({ where: { id: proposalId }, select: { jobId: true, freelancerId: true } });
    if (!found || found.freelancerId !== actor.userId) throw new AppError("NOT_FOUND", "proposals:errors.notFound");
    const input = parseProposalInput({ ...(typeof raw === "object" && raw !== null ? raw : {}), jobId: found.jobId });
    const job = await lockJob(tx, found.jobId);
    const proposal = await lockProposal(tx, proposalId);
    if (!job || !proposal) throw new AppError("NOT_FOUND", "proposals:errors.notFound");
    if (job.status !== "OPEN") throw new AppError("INVALID_STATE", "jobs:errors.notOpen");
    if (proposal.status !== "SUBMITTED" && proposal.status !== "SHORTLISTED")
      throw new AppError("INVALID_STATE", "proposals:errors.notEditable");
    const { milestonePlan, ...data } = proposalData(input);
    await tx.proposal.update({ where: { id: proposalId }, data: { ...data, milestonePlan: milestonePlan ?? Prisma.DbNull } });
  });
}
