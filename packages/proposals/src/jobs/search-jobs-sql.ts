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
 * One row, one int `total`: the listed jobs matching `where`. Counted as the open public matches
 * minus those of inactive clients, so the first count stays an index-only scan on the
 * (status, visibility, ...) indexes and the second reads only the few suspended clients' jobs:
 * the same set as `listedJobSql AND where`.
 */
export function countListedJobsSql(where: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`SELECT (
      (SELECT count(*) FROM "Job" j WHERE ${LISTED_STATE} AND ${where})
      - (SELECT count(*) FROM "User" client JOIN "Job" j ON j."clientId" = client."id"
         WHERE NOT (${activeUserSql("client")}) AND ${LISTED_STATE} AND ${where})
    )::int AS total`;
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
