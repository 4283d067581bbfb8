import { AppError } from "@hunar/core/app-error";
import { parseInput } from "@hunar/core/parse-input";
import type { Db } from "@hunar/db/types";
import { z } from "zod";
import { lockJob } from "./lock-job.ts";

export const CLARIFICATION_MAX = 2000;

export const ZAddClarificationInput = z.object({
  body: z.string().trim().min(1, "jobs:errors.clarificationRequired").max(CLARIFICATION_MAX, "jobs:errors.clarificationTooLong"),
});

/**
 * Appends a clarification to an open job. Once proposals arrive the job itself is frozen (they
 * answer what it said), so this is how the client adds to it; clarifications are never edited.
 */
export async function addClarification(db: Db, actor: { userId: string }, jobId: string, raw: unknown): Promise<{ id: string }> {
  const input = parseInput(ZAddClarificationInput, raw);
  return db.$transaction(async (tx) => {
    const job = await lockJob(tx, jobId);
    if (!job || job.clientId !== actor.userId) throw new AppError("NOT_FOUND", "jobs:errors.notFound");
    if (job.status !== "OPEN") throw new AppError("INVALID_STATE", "jobs:errors.notOpen");
    return tx.jobClarification.create({ data: { jobId, body: input.body }, select: { id: true } });
  });
}
