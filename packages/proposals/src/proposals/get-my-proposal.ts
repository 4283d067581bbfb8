import type { Db } from "@hunar/db/types";
import { readMilestonePlan } from "../terms/work-terms.ts";

/** The freelancer's own proposal on a job, in full (to show and to edit), or null when they have none. */
export async function getMyProposal(db: Db, actor: { userId: string }, jobId: string) {
  const proposal = await db.proposal.findUnique({
    where: { jobId_freelancerId: { jobId, freelancerId: actor.userId } },
    select: {
      id: true,
      status: true,
      coverLetter: true,
      bidPaisa: true,
      deliveryDays: true,
      milestonePlan: true,
      declineReason: true,
      createdAt: true,
    },
  });
  if (!proposal) return null;
  const { milestonePlan, ...rest } = proposal;
  return { ...rest, milestones: readMilestonePlan(milestonePlan) };
}
