import type { Db, Tx } from "@hunar/db/client";
import { type JobBudgetType, type Locale, Prisma } from "@hunar/db/types";
import { decodeCursor, encodeCursor, type SearchCursor } from "@hunar/gigs/search/search-cursor";
import { categoryIds } from "@hunar/gigs/search/search-filters";
import { afterCursor, newestOrder, orderBy } from "@hunar/gigs/search/search-order";
import { searchTerms } from "@hunar/gigs/search/search-terms";
import { textMatch } from "@hunar/gigs/search/search-text";
import { correctSpelling } from "@hunar/gigs/search/spelling";
import type { JobSearchParams } from "./job-search-params.ts";
import { countListedJobsSql, JOB_COUNT_LIMIT, jobFilterConditions, listedJobSql } from "./search-jobs-sql.ts";

export { JOB_COUNT_LIMIT } from "./search-jobs-sql.ts";

/** What a /jobs card shows, in the viewer's language where the client wrote both. */
export interface JobSearchCard {
  id: string;
  title: string;
  /** The language `title` is in (the other one when the client wrote only that). */
  titleLang: Locale;
  /** The start of the description, cut at a word. */
  excerpt: string;
  excerptLang: Locale;
  budgetType: JobBudgetType;
  /** Integer paisa; null only for jobs from before budgets were required. */
  budgetMinPaisa: number | null;
  budgetMaxPaisa: number | null;
  skills: string[];
  category: { slug: string; name: string };
  proposalCount: number;
  postedAt: Date;
}

export interface JobSearchResult {
  items: JobSearchCard[];
  /** Null on the last page. */
  nextCursor: string | null;
  /** The listed jobs matching the query and filters, on all pages, counted up to JOB_COUNT_LIMIT. */
  total: number;
  /** More match than `total` (which is then JOB_COUNT_LIMIT). */
  totalIsLimit: boolean;
}

export const EXCERPT_LENGTH = 200;

const NEWEST = newestOrder("j", "createdAt");

interface CardRow {
  id: string;
  titleUr: string | null;
  titleEn: string | null;
  descriptionUr: string | null;
  descriptionEn: string | null;
  budgetType: JobBudgetType;
  budgetMinPaisa: number | null;
  budgetMaxPaisa: number | null;
  skills: string[];
  proposalCount: number;
  createdAt: Date;
  k0: number;
  categorySlug: string;
  categoryNameUr: string;
  categoryNameEn: string;
}

export interface SearchJobsOptions {
  locale: Locale;
  /** The time "posted within" counts back from (tests fix it). */
  now?: Date;
  /** Counted up to this many (tests lower it). */
  countLimit?: number;
}

/**
 * Open public jobs of active clients matching `params`, newest first, one keyset page at a time.
 * The count comes first, as it decides how the page is fetched (pageQuery); later pages carry the
 * first page's count in the cursor, so the number a visitor saw does not change while they page.
 * Throws BAD_INPUT (field `cursor` or `category`) for a bad cursor or an unknown category.
 */
export async function searchJobs(db: Db | Tx, params: JobSearchParams, options: SearchJobsOptions): Promise<JobSearchResult> {
  const limit = options.countLimit ?? JOB_COUNT_LIMIT;
  const { cursor, page: pageSql, count } = await searchJobsQueries(db, params, options.now ?? new Date(), limit);
  const counted = cursor ? cursor.n : ((await db.$queryRaw<{ total: number }[]>(count))[0]?.total ?? 0);
  const rows = await db.$queryRaw<CardRow[]>(pageSql(counted));
  const page = rows.slice(0, params.limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => toCard(row, options.locale)),
    nextCursor: rows.length > params.limit && last ? encodeCursor({ o: "newest", k: [Number(last.k0)], id: last.id, n: counted }) : null,
    total: Math.min(counted, limit),
    totalIsLimit: counted > limit,
  };
}

export interface JobSearchQueries {
  cursor: SearchCursor | null;
  /** The page's rows, one more than `limit`, for a search with `counted` matches. */
  page: (counted: number) => Prisma.Sql;
  /** `total`: one row, one int, at most the count limit + 1. */
  count: Prisma.Sql;
}

/** The SQL searchJobs runs (exported for EXPLAIN in the benchmark). Validates cursor and category. */
export async function searchJobsQueries(
  db: Db | Tx,
  params: JobSearchParams,
  now: Date,
  countLimit: number = JOB_COUNT_LIMIT,
): Promise<JobSearchQueries> {
  const typed = params.q === undefined ? null : searchTerms(params.q);
  // The same words, equivalents and spelling corrections as gig search: job titles and skills
  // feed the same SearchWord list (migration 0018_hiring).
  const terms = typed && typed.groups.length > 0 ? await correctSpelling(db, typed) : null;
  const cursor = params.cursor === undefined ? null : decodeCursor(params.cursor, "newest");
  const categories = params.category === undefined ? null : await categoryIds(db, params.category);

  const conditions = jobFilterConditions(params, categories, now);
  if (terms) conditions.push(textMatch(terms, "j"));
  const matching = conditions.length > 0 ? Prisma.join(conditions, " AND ") : Prisma.sql`TRUE`;
  const listed = Prisma.sql`${listedJobSql} AND ${matching}`;
  return {
    cursor,
    page: (counted) => pageQuery(listed, cursor, params.limit, counted <= countLimit),
    count: countListedJobsSql(matching, countLimit),
  };
}

const CARD_COLUMNS = (cut: number) => Prisma.sql`j."id", j."titleUr", j."titleEn",
  left(j."descriptionUr", ${cut}::int4) AS "descriptionUr", left(j."descriptionEn", ${cut}::int4) AS "descriptionEn",
  j."budgetType"::text AS "budgetType", j."budgetMinPaisa", j."budgetMaxPaisa", j."skills", j."proposalCount",
  j."categoryId", j."createdAt"`;

/**
 * One row more than the page, to learn whether another follows. Two plans, chosen by the count:
 * - Many matches: walk the (status, visibility, createdAt, id) index newest first and stop at
 *   the page's end; with at least JOB_COUNT_LIMIT matches among the jobs that is soon.
 * - Few matches (text or filters that most jobs fail): the walk could read the whole board
 *   before it has a page (PostgreSQL cannot estimate how many jobs a text query matches, so it
 *   would choose the walk). The matches are fetched first instead, through the text's GIN index
 *   or the category's, as a materialised set of at most JOB_COUNT_LIMIT rows, then sorted.
 * Descriptions are cut in SQL (a card needs a sentence, not 5000 characters) and the category is
 * joined for the page's rows only.
 */
function pageQuery(where: Prisma.Sql, cursor: SearchCursor | null, limit: number, fewMatches: boolean): Prisma.Sql {
  const keyset = cursor ? Prisma.sql`AND ${afterCursor(NEWEST, cursor)}` : Prisma.empty;
  const [cursorKey] = NEWEST.cursorKeys;
  const rows = Prisma.sql`SELECT ${CARD_COLUMNS(EXCERPT_LENGTH + 1)}, ${cursorKey} AS k0 FROM "Job" j WHERE ${where} ${keyset}`;
  const ordered = fewMatches
    ? Prisma.sql`WITH matches AS MATERIALIZED (${rows}) SELECT * FROM matches j ORDER BY ${orderBy(NEWEST)} LIMIT ${limit + 1}`
    : Prisma.sql`${rows} ORDER BY ${orderBy(NEWEST)} LIMIT ${limit + 1}`;
  return Prisma.sql`
    SELECT page.*, c."slug" AS "categorySlug", c."nameUr" AS "categoryNameUr", c."nameEn" AS "categoryNameEn"
    FROM (${ordered}) page
    JOIN "Category" c ON c."id" = page."categoryId"
    ORDER BY page."createdAt" DESC, page."id" DESC`;
}

/** The viewer's language when the client wrote in it, else the one they wrote in. */
function inLanguage(ur: string | null, en: string | null, locale: Locale): { text: string; lang: Locale } {
  const preferUrdu = locale === "ur" ? ur !== null : en === null;
  return preferUrdu ? { text: ur ?? "", lang: "ur" } : { text: en ?? "", lang: "en" };
}

/** At most EXCERPT_LENGTH characters, ended at a word with an ellipsis when cut. */
export function excerpt(text: string): string {
  const chars = [...text];
  if (chars.length <= EXCERPT_LENGTH) return text.replace(/\s+/g, " ").trim();
  const head = chars.slice(0, EXCERPT_LENGTH).join("").replace(/\s+/g, " ");
  const space = head.lastIndexOf(" ");
  return `${(space > EXCERPT_LENGTH / 2 ? head.slice(0, space) : head).trimEnd()}…`;
}

function toCard(row: CardRow, locale: Locale): JobSearchCard {
  const title = inLanguage(row.titleUr, row.titleEn, locale);
  const description = inLanguage(row.descriptionUr, row.descriptionEn, locale);
  return {
    id: row.id,
    title: title.text,
    titleLang: title.lang,
    excerpt: excerpt(description.text),
    excerptLang: description.lang,
    budgetType: row.budgetType,
    budgetMinPaisa: row.budgetMinPaisa,
    budgetMaxPaisa: row.budgetMaxPaisa,
    skills: row.skills,
    category: { slug: row.categorySlug, name: locale === "ur" ? row.categoryNameUr : row.categoryNameEn },
    proposalCount: row.proposalCount,
    postedAt: row.createdAt,
  };
}
