import { AppError } from "@hunar/core/app-error";
import { parseInput } from "@hunar/core/parse-input";
import type { Db } from "@hunar/db/types";
import { assertSubcategory } from "@hunar/gigs/category-check";
import { jobData, ZPostJobInput } from "./job-schema.ts";
import { lockJob } from "./lock-job.ts";

/**
 * The client edits every field of an open job until the first proposal arrives; after that the
 * proposals answer what the job said, so it is frozen and addClarification is the way to add to
 * it. The check runs under the job lock, so an edit racing the first proposal is decided by
 * whichever locks first.
 */
export async function updateJob(db: Db, actor: { userId: string }, jobId: string, raw: unknown): Promise<void> {
  const input = parseInput(ZPostJobInput, raw);
  await db.$transaction(async (tx) => {
    const job = await lockJob(tx, jobId);
    if (!job || job.clientId !== actor.userId) throw new AppError("NOT_FOUND", "jobs:errors.notFound");
    if (job.status !== "OPEN") throw new AppError("INVALID_STATE", "jobs:errors.notOpen");
    if (job.proposalCount > 0) throw new AppError("INVALID_STATE", "jobs:errors.hasProposals");
    await assertSubcategory(tx, input.categoryId);
    await tx.job.update({ where: { id: jobId }, data: jobData(input) });
  });
}
