import { badInput } from "@hunar/core/app-error";
import type { Db, Tx } from "@hunar/db/client";
import { Prisma } from "@hunar/db/types";
import type { SearchParams } from "./search-params.ts";

/**
 * The listed gigs: published, with a price and a publication time (both always set when a gig is
 * approved; a row without them could not be shown on a card or paged by date).
 */
const LISTED = Prisma.sql`g."status" = 'PUBLISHED' AND g."startingPricePaisa" IS NOT NULL AND g."publishedAt" IS NOT NULL`;

/** The category and its subcategories; BAD_INPUT when no category has that slug. */
export async function categoryIds(db: Db | Tx, slug: string): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT c."id" FROM "Category" c
    WHERE c."slug" = ${slug}
       OR c."parentId" IN (SELECT p."id" FROM "Category" p WHERE p."slug" = ${slug})`;
  if (rows.length === 0) throw badInput({ category: { key: "search:errors.category" } });
  return rows.map((r) => r.id);
}

/** WHERE conditions for everything but the text query and the page position. */
export function filterConditions(params: SearchParams, categories: string[] | null): Prisma.Sql[] {
  const conditions = [LISTED];
  if (categories) conditions.push(Prisma.sql`g."categoryId" = ANY(${categories}::text[])`);
  if (params.min !== undefined) conditions.push(Prisma.sql`g."startingPricePaisa" >= ${params.min * 100}::int4`);
  if (params.max !== undefined) conditions.push(Prisma.sql`g."startingPricePaisa" <= ${params.max * 100}::int4`);
  if (params.days !== undefined) conditions.push(Prisma.sql`g."fastestDeliveryDays" <= ${params.days}::int4`);
  if (params.rating !== undefined) {
    // Average >= rating without dividing: sum >= rating x count (exact in numeric).
    conditions.push(
      Prisma.sql`g."ratingCount" > 0 AND g."ratingSum" >= ${String(params.rating)}::numeric * g."ratingCount"`,
    );
  }
  const seller = sellerConditions(params);
  if (seller.length > 0) {
    conditions.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "Profile" p WHERE p."userId" = g."freelancerId" AND ${Prisma.join(seller, " AND ")})`,
    );
  }
  return conditions;
}

function sellerConditions(params: SearchParams): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [];
  if (params.city !== undefined) conditions.push(Prisma.sql`lower(p."city") = lower(${params.city})`);
  if (params.lang !== undefined) conditions.push(Prisma.sql`${params.lang} = ANY(p."languages")`);
  return conditions;
}
