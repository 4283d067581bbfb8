import { AppError } from "@hunar/core/app-error";
import type { Db } from "@hunar/db/types";
import { lockJob } from "./lock-job.ts";

/**
 * The client stops taking proposals without hiring. Under the job lock, so a close racing a
 * proposal or an edit is decided by who locked first. Anyone but the client gets NOT_FOUND: a
 * stranger learns nothing about a job they might not be allowed to see.
 */
export async function closeJob(db: Db, actor: { userId: string }, jobId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const job = await lockJob(tx, jobId);
    if (!job || job.clientId !== actor.userId) throw new AppError("NOT_FOUND", "jobs:errors.notFound");
    if (job.status !== "OPEN") throw new AppError("INVALID_STATE", "jobs:errors.notOpen");
    await tx.job.update({ where: { id: jobId }, data: { status: "CLOSED", closedAt: new Date() } });
  });
}
