import { AppError } from "@hunar/core/app-error";
import { activeUserSelect, isActiveUser } from "@hunar/db/active-user";
import { isUniqueViolation } from "@hunar/db/errors";
import { publicName } from "@hunar/db/public-name";
import type { Db, Tx } from "@hunar/db/types";
import { notify } from "@hunar/notifications/notify";
import { canSeeJob } from "../jobs/can-see-job.ts";
import { localizedTitle } from "../localized-title.ts";
import { lockJob } from "../jobs/lock-job.ts";
import { DAILY_PROPOSAL_LIMIT, DAILY_PROPOSAL_WINDOW_MS } from "./daily-proposal-limit.ts";
import { parseProposalInput, proposalData } from "./proposal-input.ts";

/**
 * A freelancer bids on an open job, free of charge. The job lock orders this against a close or
 * an edit; the unique (jobId, freelancerId) index decides two submissions racing each other.
 * The client hears of it in the same transaction (sent once it commits).
 */
export async function submitProposal(db: Db, actor: { userId: string }, raw: unknown): Promise<{ id: string }> {
  const input = parseProposalInput(raw);
  try {
    return await db.$transaction(async (tx) => {
      // The freelancer's row lock serialises their own bids, so two sent at once on different jobs
      // cannot both pass the daily count (the job lock only orders bids on the same job).
      await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${actor.userId} FOR UPDATE`;
      const user = await tx.user.findUnique({ where: { id: actor.userId }, select: activeUserSelect });
      if (!user || !isActiveUser(user)) throw new AppError("FORBIDDEN", "proposals:errors.notActive");
      const job = await lockJob(tx, input.jobId);
      // An invite-only job the actor was not invited to does not exist for them.
      if (!job || !(await canSeeJob(tx, job, actor.userId))) throw new AppError("NOT_FOUND", "jobs:errors.notFound");
      if (job.clientId === actor.userId) throw new AppError("FORBIDDEN", "proposals:errors.ownJob");
      if (job.status !== "OPEN") throw new AppError("INVALID_STATE", "jobs:errors.notOpen");
      const since = new Date(Date.now() - DAILY_PROPOSAL_WINDOW_MS);
      const recent = await tx.proposal.count({ where: { freelancerId: actor.userId, createdAt: { gte: since } } });
      if (recent >= DAILY_PROPOSAL_LIMIT) {
        throw new AppError("RATE_LIMITED", "proposals:errors.dailyLimit", { params: { limit: DAILY_PROPOSAL_LIMIT } });
      }
      const { milestonePlan, ...data } = proposalData(input);
      const proposal = await tx.proposal.create({
        data: { jobId: job.id, freelancerId: actor.userId, ...data, ...(milestonePlan === null ? {} : { milestonePlan }) },
        select: { id: true },
      });
      await tx.job.update({ where: { id: job.id }, data: { proposalCount: { increment: 1 } } });
      await tellClient(tx, { jobId: job.id, proposalId: proposal.id, freelancerId: actor.userId, bidPaisa: data.bidPaisa });
      return proposal;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", "proposals:errors.alreadySubmitted");
    throw error;
  }
}

async function tellClient(tx: Tx, input: { jobId: string; proposalId: string; freelancerId: string; bidPaisa: number }): Promise<void> {
  const job = await tx.job.findUniqueOrThrow({
    where: { id: input.jobId },
    select: { clientId: true, titleUr: true, titleEn: true, client: { select: { preferredLocale: true } } },
  });
  const freelancer = await tx.user.findUniqueOrThrow({
    where: { id: input.freelancerId },
    select: { displayName: true, profile: { select: { showFirstNameOnly: true } } },
  });
  await notify(tx, {
    userId: job.clientId,
    kind: "proposal.received",
    data: {
      jobId: input.jobId,
      proposalId: input.proposalId,
      title: localizedTitle(job, job.client.preferredLocale),
      freelancerName: publicName(freelancer.displayName, freelancer.profile?.showFirstNameOnly ?? false),
      bidPaisa: String(input.bidPaisa),
    },
    link: `/jobs/${input.jobId}/proposals`,
    dedupeKey: `proposal:${input.proposalId}:received`,
  });
}
