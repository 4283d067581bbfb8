import { AppError } from "@hunar/core/app-error";
import { parseInput } from "@hunar/core/parse-input";
import { optionalBlock } from "@hunar/gigs/text-schemas";
import type { Db } from "@hunar/db/types";
import { notify } from "@hunar/notifications/notify";
import { z } from "zod";
import { localizedTitle } from "../localized-title.ts";
import { lockProposal } from "./lock-proposal.ts";

// The reason is shown to the freelancer, so it follows the same text rules as every other text.
export const ZDeclineProposalInput = z.object({ reason: optionalBlock(1, 500) });

/**
 * The job's client says no to a proposal it has not answered yet; respondedAt ends the
 * freelancer's edits. The freelancer is told, with the reason when there is one.
 */
export async function declineProposal(db: Db, actor: { userId: string }, proposalId: string, raw: unknown = {}): Promise<void> {
  const { reason } = parseInput(ZDeclineProposalInput, raw, { keyPrefix: "gigs:errors." });
  await db.$transaction(async (tx) => {
    const proposal = await lockProposal(tx, proposalId);
    if (!proposal || proposal.clientId !== actor.userId) throw new AppError("NOT_FOUND", "proposals:errors.notFound");
    if (proposal.status !== "SUBMITTED" && proposal.status !== "SHORTLISTED") {
      throw new AppError("INVALID_STATE", "proposals:errors.notDeclinable");
    }
    await tx.proposal.update({ where: { id: proposal.id }, data: { status: "DECLINED", declineReason: reason, respondedAt: new Date() } });
    const job = await tx.job.findUniqueOrThrow({ where: { id: proposal.jobId }, select: { titleUr: true, titleEn: true } });
    const freelancer = await tx.user.findUniqueOrThrow({ where: { id: proposal.freelancerId }, select: { preferredLocale: true } });
    await notify(tx, {
      userId: proposal.freelancerId,
      kind: "proposal.declined",
      data: {
        jobId: proposal.jobId,
        proposalId: proposal.id,
        title: localizedTitle(job, freelancer.preferredLocale),
        reason: reason ?? null,
      },
      link: `/jobs/${proposal.jobId}`,
      dedupeKey: `proposal:${proposal.id}:declined`,
    });
  });
}
