import { AppError } from "@hunar/core/app-error";
import { parseInput } from "@hunar/core/parse-input";
import { activeUserSelect, isActiveUser } from "@hunar/db/active-user";
import type { Db } from "@hunar/db/types";
import { assertSubcategory } from "@hunar/gigs/category-check";
import { jobData, ZPostJobInput } from "./job-schema.ts";

export { ZPostJobInput } from "./job-schema.ts";

/**
 * A client posts a job. Jobs are filed under a subcategory like gigs, so /jobs and /search
 * share one category tree. A suspended account may not post: it must not reach freelancers.
 */
export async function postJob(db: Db, actor: { userId: string }, raw: unknown): Promise<{ id: string }> {
  const input = parseInput(ZPostJobInput, raw);
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: actor.userId }, select: activeUserSelect });
    if (!user || !isActiveUser(user)) throw new AppError("FORBIDDEN", "jobs:errors.notActive");
    await assertSubcategory(tx, input.categoryId);
    return tx.job.create({ data: { clientId: actor.userId, ...jobData(input) }, select: { id: true } });
  });
}
