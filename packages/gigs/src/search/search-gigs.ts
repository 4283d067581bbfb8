import type { Db, Tx } from "@hunar/db/client";
import { Prisma } from "@hunar/db/types";
import { countOrderableGigsSql, orderableGigSql } from "../orderable-gig.ts";
import { decodeCursor, encodeCursor, type SearchCursor } from "./search-cursor.ts";
import { categoryIds, filterConditions } from "./search-filters.ts";
import { afterCursor, orderBy, orderSpec, type OrderSpec } from "./search-order.ts";
import type { SearchParams } from "./search-params.ts";
import { searchTerms } from "./search-terms.ts";
import { correctSpelling } from "./spelling.ts";
import { textMatch, textScore } from "./search-text.ts";

/** What a result card shows. */
export interface GigSearchCard {
  id: string;
  slug: string;
  titleUr: string | null;
  titleEn: string | null;
  startingPricePaisa: number;
  /** One decimal; null without reviews. */
  ratingAverage: number | null;
  ratingCount: number;
  sellerName: string;
  sellerHandle: string | null;
  city: string | null;
  /** Storage key of the gig's first image. */
  imageKey: string | null;
}

export interface GigSearchResult {
  items: GigSearchCard[];
  /** Null on the last page. */
  nextCursor: string | null;
  /** Every listed gig matching the query and filters, on all pages. */
  total: number;
}

interface CardRow {
  id: string;
  slug: string;
  titleUr: string | null;
  titleEn: string | null;
  startingPricePaisa: number;
  ratingSum: number;
  ratingCount: number;
  sellerName: string;
  sellerHandle: string | null;
  city: string | null;
  imageKey: string | null;
  k0: number;
  k1: number | null;
}

/**
 * Orderable gigs (published, seller active) matching `params`, one keyset page at a time. Two
 * queries run side by side: the page (filtered, ordered, cut after the cursor) and the count
 * (same filters, no order).
 */
export async function searchGigs(db: Db | Tx, params: SearchParams): Promise<GigSearchResult> {
  const { spec, cursor, page: pageSql, count } = await searchQueries(db, params);
  const [rows, total] = await Promise.all([
    db.$queryRaw<CardRow[]>(pageSql),
    // Later pages carry the first page's count: the same search, so no second count, and the
    // number a visitor saw does not change under them while they page.
    cursor ? cursor.n : db.$queryRaw<{ total: number }[]>(count).then((r) => r[0]?.total ?? 0),
  ]);
  const page = rows.slice(0, params.limit);
  const last = page.at(-1);
  return {
    items: page.map(toCard),
    nextCursor: rows.length > params.limit && last ? encodeCursor(cursorAfter(spec, last, total)) : null,
    total,
  };
}

export interface SearchQueries {
  spec: OrderSpec;
  /** The decoded cursor, when the search continues from one. */
  cursor: SearchCursor | null;
  /** The page's rows, one more than `limit`. */
  page: Prisma.Sql;
  /** `total`: one row, one int. */
  count: Prisma.Sql;
}

/** The SQL searchGigs runs (exported for EXPLAIN in the benchmark). Validates cursor and category. */
export async function searchQueries(db: Db | Tx, params: SearchParams): Promise<SearchQueries> {
  const typed = params.q === undefined ? null : searchTerms(params.q);
  const terms = typed && typed.groups.length > 0 ? await correctSpelling(db, typed) : null;
  const hasText = terms !== null;
  const spec = orderSpec(params.sort, hasText ? textScore(terms, "g", Prisma.sql`g."searchBoost"`) : null);
  const cursor = params.cursor === undefined ? null : decodeCursor(params.cursor, spec.order);
  const categories = params.category === undefined ? null : await categoryIds(db, params.category);

  const conditions = filterConditions(params, categories);
  if (hasText) conditions.push(textMatch(terms, "g"));
  const matching = conditions.length > 0 ? Prisma.join(conditions, " AND ") : Prisma.sql`TRUE`;
  const listed = Prisma.sql`${orderableGigSql("g")} AND ${matching}`;
  return {
    spec,
    cursor,
    page: pageQuery(spec, listed, cursor, params.limit),
    // The same set either way. A text count reads the matching rows anyway (GIN bitmap), so the
    // seller check costs little there; without text the count is an index-only scan, which
    // countOrderableGigsSql keeps by subtracting the suspended sellers' gigs instead.
    count: hasText ? Prisma.sql`SELECT count(*)::int AS total FROM "Gig" g WHERE ${listed}` : countOrderableGigsSql(matching),
  };
}

/**
 * One row more than the page to learn whether another page follows. Seller, city and image are
 * joined outside the ordered, limited part so they are looked up for the page's rows only.
 */
function pageQuery(spec: OrderSpec, where: Prisma.Sql, cursor: SearchCursor | null, limit: number): Prisma.Sql {
  const keyset = cursor ? Prisma.sql`AND ${afterCursor(spec, cursor)}` : Prisma.empty;
  const cursorKeys = spec.cursorKeys.map((key, i) => Prisma.sql`${key} AS ${Prisma.raw(`k${i}`)}`);
  return Prisma.sql`
    SELECT page.*, u."displayName" AS "sellerName", u."handle" AS "sellerHandle", pr."city",
      (SELECT i."storageKey" FROM "GigImage" i WHERE i."gigId" = page."id"
        ORDER BY i."position", i."id" LIMIT 1) AS "imageKey"
    FROM (
      SELECT g."id", g."slug", g."titleUr", g."titleEn", g."startingPricePaisa", g."ratingSum",
        g."ratingCount", g."freelancerId", ${Prisma.join(cursorKeys)}
        ${spec.cursorKeys.length < 2 ? Prisma.sql`, NULL::int4 AS k1` : Prisma.empty}
      FROM "Gig" g
      WHERE ${where} ${keyset}
      ORDER BY ${orderBy(spec)}
      LIMIT ${limit + 1}
    ) page
    JOIN "User" u ON u."id" = page."freelancerId"
    LEFT JOIN "Profile" pr ON pr."userId" = page."freelancerId"
    ORDER BY ${pageOrder(spec)}`;
}

/** The inner order again, over the page's columns (a join may return rows in any order). */
function pageOrder(spec: OrderSpec): Prisma.Sql {
  const direction = Prisma.raw(spec.descending ? "DESC" : "ASC");
  const keys = spec.cursorKeys.map((_, i) => Prisma.raw(`page.k${i}`));
  return Prisma.join(
    [...keys, Prisma.raw(`page."id"`)].map((key) => Prisma.sql`${key} ${direction}`),
    ", ",
  );
}

function cursorAfter(spec: OrderSpec, row: CardRow, total: number): SearchCursor {
  const k0 = Number(row.k0);
  const k = spec.order === "rating" ? [k0, Number(row.k1)] : [k0];
  return { o: spec.order, k, id: row.id, n: total } as SearchCursor;
}

function toCard(row: CardRow): GigSearchCard {
  return {
    id: row.id,
    slug: row.slug,
    titleUr: row.titleUr,
    titleEn: row.titleEn,
    startingPricePaisa: row.startingPricePaisa,
    ratingAverage: row.ratingCount > 0 ? Math.round((row.ratingSum / row.ratingCount) * 10) / 10 : null,
    ratingCount: row.ratingCount,
    sellerName: row.sellerName,
    sellerHandle: row.sellerHandle,
    city: row.city,
    imageKey: row.imageKey,
  };
}
