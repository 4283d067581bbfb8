import type { SeedDb } from "./db-handle.ts";
import { DEMO_JOBS } from "./demo-jobs.ts";
import { paisaFromRupees } from "./money.ts";
import { need } from "./seed-gigs.ts";

/** Creates the demo job posts that do not exist yet (stable id from each post's key). */
export async function seedDemoJobs(
  db: SeedDb,
  refs: { users: Map<string, string>; categories: Map<string, string> },
): Promise<{ created: number }> {
  let created = 0;
  for (const job of DEMO_JOBS) {
    const id = `seed-job-${job.key}`;
    if (await db.job.findUnique({ where: { id }, select: { id: true } })) continue;
    await db.job.create({
      data: {
        id,
        clientId: need(refs.users, job.client, "user"),
        categoryId: need(refs.categories, job.category, "category"),
        ...inItsScript("title", job.title),
        ...inItsScript("description", job.description),
        skills: job.skills,
        budgetMinPaisa: paisaFromRupees(job.budgetMinRupees),
        budgetMaxPaisa: paisaFromRupees(job.budgetMaxRupees),
        expectedDays: job.expectedDays,
        city: job.city ?? null,
      },
    });
    created += 1;
  }
  return { created };
}

// A demo post is written in one language; it goes to the column of its script.
function inItsScript<K extends "title" | "description">(field: K, text: string): Record<`${K}Ur` | `${K}En`, string | null> {
  const urdu = /[\u0600-\u06FF]/.test(text);
  return { [`${field}Ur`]: urdu ? text : null, [`${field}En`]: urdu ? null : text } as Record<`${K}Ur` | `${K}En`, string | null>;
}
