import type { Db } from "@hunar/db/types";

/**
 * A client's own jobs, newest first, in every status (a removed one too: the client should see
 * it went), with both titles and the count of proposals received, for the "my jobs" page.
 */
export async function listMyJobs(db: Db, actor: { userId: string }) {
  return db.job.findMany({
    where: { clientId: actor.userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, titleUr: true, titleEn: true, status: true, visibility: true, proposalCount: true, createdAt: true },
  });
}
