import { activeUserSql } from "@hunar/db/active-user";
import { Prisma } from "@hunar/db/types";
import type { JobSearchParams } from "./job-search-params.ts";

// SQL fragments of /jobs over "Job" j. Listed are the jobs anyone may find: open, public, and
// posted by an active client. Invite-only jobs are seen through an invitation only, filled, closed
// and removed ones are not sought any more, and a suspended client's jobs must not reach
// freelancers (the same active-user rule the gig search applies to sellers).

const DAY_MS = 86_400_000;

/**
 * A timestamp(3) column holds UTC; built from epoch milliseconds (as the cursor's comparand is)
 * it means the same instant whatever the session's time zone.
 */
const utcTimestamp = (ms: number) => Prisma.sql`(timestamp '1970-01-01' + ${Math.floor(ms)}::int8 * interval '1 millisecond')`;

const LISTED_STATE = Prisma.sql`j."status" = 'OPEN' AND j."visibility" = 'PUBLIC'`;

/**
 * The whole rule. The client test is written as "no inactive client" so PostgreSQL answers it
 * with an anti-join against the few suspended accounts (indexed) instead of hashing every active one.
 */
export const listedJobSql = Prisma.sql`${LISTED_STATE} AND NOT EXISTS (
  SELECT 1 FROM "User" client WHERE client."id" = j."clientId" AND NOT (${activeUserSql("client")}))`;

/**
 * Matches are counted up to this many; beyond it the list says "more than 1,000". An exact
 * count of a large share of 100,000 jobs reads every one of them on each search (tens of
 * milliseconds, growing with the board), and nobody pages through a thousand jobs: they narrow
 * the search. The bound also tells searchJobs which plan fits (see pageQuery in search-jobs.ts).
 */
export const JOB_COUNT_LIMIT = 1_000;

/** One row, one int `total`: the listed jobs matching `where`, counted up to `limit + 1`. */
export function countListedJobsSql(where: Prisma.Sql, limit: number): Prisma.Sql {
  return Prisma.sql`SELECT count(*)::int AS total FROM (
      SELECT 1 FROM "Job" j WHERE ${listedJobSql} AND ${where} LIMIT ${limit + 1}
    ) counted`;
}

/**
 * Conditions for the filters other than the text. A budget filter finds the jobs whose budget
 * meets the range asked for: one that reaches `min` (its top is at least min) and starts at or
 * below `max`. A fixed budget is one amount (min = max), so it must lie within the range.
 */
export function jobFilterConditions(params: JobSearchParams, categories: string[] | null, now: Date): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [];
  if (categories) conditions.push(Prisma.sql`j."categoryId" = ANY(${categories}::text[])`);
  if (params.min !== undefined) conditions.push(Prisma.sql`j."budgetMaxPaisa" >= ${params.min * 100}::int4`);
  if (params.max !== undefined) conditions.push(Prisma.sql`j."budgetMinPaisa" <= ${params.max * 100}::int4`);
  if (params.posted !== undefined) conditions.push(Prisma.sql`j."createdAt" >= ${utcTimestamp(now.getTime() - params.posted * DAY_MS)}`);
  return conditions;
}
