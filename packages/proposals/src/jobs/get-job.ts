import { AppError } from "@hunar/core/app-error";
import type { Db } from "@hunar/db/types";
import { canSeeJob } from "./can-see-job.ts";

export interface ClientHistory {
  jobsPosted: number;
  /**
   * Jobs filled / jobs decided (FILLED + CLOSED), null before any is decided. Open jobs are not
   * counted (they may still be filled) nor removed ones (an admin's decision, not the client's).
   */
  hireRate: number | null;
  /** The revealed, visible ratings the client received, as the profile aggregate keeps them. */
  rating: number | null;
  ratingCount: number;
  memberSince: Date;
}

/** The job page: the job, its clarifications and the client's record; NOT_FOUND unless canSeeJob. */
export async function getJob(db: Db, jobId: string, viewerId: string | null) {
  const job = await db.job.findUnique({
    where: { id: jobId },
    select: {
      id: true,
      clientId: true,
      categoryId: true,
      titleUr: true,
      titleEn: true,
      descriptionUr: true,
      descriptionEn: true,
      skills: true,
      budgetType: true,
      budgetMinPaisa: true,
      budgetMaxPaisa: true,
      deadlineAt: true,
      visibility: true,
      status: true,
      proposalCount: true,
      createdAt: true,
      closedAt: true,
      clarifications: { select: { id: true, body: true, createdAt: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
    },
  });
  if (!job || !(await canSeeJob(db, job, viewerId))) throw new AppError("NOT_FOUND", "jobs:errors.notFound");
  return { ...job, client: await clientHistory(db, job.clientId) };
}

async function clientHistory(db: Db, clientId: string): Promise<ClientHistory> {
  const [counts, user] = await Promise.all([
    db.job.groupBy({ by: ["status"], where: { clientId }, _count: { _all: true } }),
    db.user.findUniqueOrThrow({
      where: { id: clientId },
      select: { createdAt: true, profile: { select: { clientRatingSum: true, clientRatingCount: true } } },
    }),
  ]);
  const count = (status: string) => counts.find((row) => row.status === status)?._count._all ?? 0;
  const decided = count("FILLED") + count("CLOSED");
  const ratingCount = user.profile?.clientRatingCount ?? 0;
  return {
    jobsPosted: counts.reduce((sum, row) => sum + row._count._all, 0),
    hireRate: decided > 0 ? count("FILLED") / decided : null,
    rating: ratingCount > 0 ? Math.round(((user.profile?.clientRatingSum ?? 0) / ratingCount) * 10) / 10 : null,
    ratingCount,
    memberSince: user.createdAt,
  };
}
