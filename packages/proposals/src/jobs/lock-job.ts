import type { JobBudgetType, JobStatus, JobVisibility, Tx } from "@hunar/db/types";

export interface LockedJob {
  id: string;
  clientId: string;
  status: JobStatus;
  visibility: JobVisibility;
  proposalCount: number;
  budgetType: JobBudgetType;
  budgetMinPaisa: number | null;
  budgetMaxPaisa: number | null;
}

/**
 * Locks the job row until the transaction ends and reads its state. An edit, a close and a
 * proposal all take this lock first, so an edit racing the first proposal is decided by who
 * locked first and each sees the proposalCount and status the other left.
 */
export async function lockJob(tx: Tx, jobId: string): Promise<LockedJob | null> {
  const rows = await tx.$queryRaw<LockedJob[]>`
    SELECT id, "clientId", status::text AS status, visibility::text AS visibility, "proposalCount",
      "budgetType"::text AS "budgetType", "budgetMinPaisa", "budgetMaxPaisa"
    FROM "Job" WHERE id = ${jobId} FOR UPDATE`;
  return rows[0] ?? null;
}
