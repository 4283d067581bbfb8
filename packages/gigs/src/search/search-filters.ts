import { badInput } from "@hunar/core/app-error";
import type { Db, Tx } from "@hunar/db/client";
import { Prisma } from "@hunar/db/types";
import type { SearchParams } from "./search-params.ts";

/** The category and its subcategories; BAD_INPUT when no category has that slug. */
export async function categoryIds(db: Db | Tx, slug: string): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT c."id" FROM "Category" c
    WHERE c."slug" = ${slug}
       OR c."parentId" IN (SELECT p."id" FROM "Category" p WHERE p."slug" = ${slug})`;
  if (rows.length === 0) throw badInput({ category: { key: "search:errors.category" } });
  return rows.map((r) => r.id);
}

/**
 * WHERE conditions for everything but the text query, the page position and which gigs are
 * listed at all (the orderable-gig rule, which searchGigs adds: see search-gigs.ts). Published
 * gigs always have a price and a publication time (approval and the listing form guarantee
 * both), so the filters need not check for them.
 */
export function filterConditions(params: SearchParams, categories: string[] | null): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [];
  if (categories) conditions.push(Prisma.sql`g."categoryId" = ANY(${categories}::text[])`);
  if (params.min !== undefined) conditions.push(Prisma.sql`g."startingPricePaisa" >= ${params.min * 100}::int4`);
  if (params.max !== undefined) conditions.push(Prisma.sql`g."startingPricePaisa" <= ${params.max * 100}::int4`);
  if (params.days !== undefined) conditions.push(Prisma.sql`g."fastestDeliveryDays" <= ${params.days}::int4`);
  // The stored average is sum / count correctly rounded, and the bound is one decimal (4.5):
  // both sides round the same rational the same way, so the comparison is exact at the boundary.
  if (params.rating !== undefined) conditions.push(Prisma.sql`g."ratingAverage" >= ${params.rating}::float8`);
  const seller = sellerConditions(params);
  if (seller.length > 0) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "Profile" p WHERE p."userId" = g."freelancerId" AND ${Prisma.join(seller, " AND ")})`);
  }
  return conditions;
}

function sellerConditions(params: SearchParams): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [];
  if (params.city !== undefined) conditions.push(Prisma.sql`lower(p."city") = lower(${params.city})`);
  if (params.lang !== undefined) conditions.push(Prisma.sql`${params.lang} = ANY(p."languages")`);
  return conditions;
}
