import type { Db } from "@hunar/db/client";
import type { JobBudgetType, JobStatus, JobVisibility } from "@hunar/db/types";

// Jobs for search tests, written through Prisma as postJob writes them, so the database's search
// trigger fills "searchVector" exactly as in production.

export interface JobFixture {
  clientId: string;
  categoryId: string;
  titleEn?: string | null;
  titleUr?: string | null;
  descriptionEn?: string | null;
  descriptionUr?: string | null;
  skills?: string[];
  /** Rupees; one amount is a FIXED budget. */
  budget?: number | [number, number];
  status?: JobStatus;
  visibility?: JobVisibility;
  createdAt?: Date;
  proposalCount?: number;
}

export async function createJob(db: Db, fixture: JobFixture): Promise<string> {
  const budget = fixture.budget ?? [5_000, 20_000];
  const [min, max] = typeof budget === "number" ? [budget, budget] : budget;
  const budgetType: JobBudgetType = typeof budget === "number" ? "FIXED" : "RANGE";
  const job = await db.job.create({
    data: {
      clientId: fixture.clientId,
      categoryId: fixture.categoryId,
      titleEn: fixture.titleEn === undefined && !fixture.titleUr ? "A job posted for the search tests" : (fixture.titleEn ?? null),
      titleUr: fixture.titleUr ?? null,
      descriptionEn:
        fixture.descriptionEn === undefined && !fixture.descriptionUr
          ? "Details of the work, as a client writes them."
          : (fixture.descriptionEn ?? null),
      descriptionUr: fixture.descriptionUr ?? null,
      skills: fixture.skills ?? [],
      budgetType,
      budgetMinPaisa: min * 100,
      budgetMaxPaisa: max * 100,
      status: fixture.status ?? "OPEN",
      visibility: fixture.visibility ?? "PUBLIC",
      proposalCount: fixture.proposalCount ?? 0,
      ...(fixture.createdAt ? { createdAt: fixture.createdAt } : {}),
    },
    select: { id: true },
  });
  return job.id;
}
