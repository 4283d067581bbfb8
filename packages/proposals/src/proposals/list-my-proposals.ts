import type { Db } from "@hunar/db/types";

/** A freelancer's own proposals, newest first, with the job's title in both languages and its status. */
export async function listMyProposals(db: Db, actor: { userId: string }) {
  return db.proposal.findMany({
    where: { freelancerId: actor.userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      status: true,
      bidPaisa: true,
      deliveryDays: true,
      declineReason: true,
      createdAt: true,
      job: { select: { id: true, titleUr: true, titleEn: true, status: true } },
    },
  });
}
