// The timed part of the search benchmark, on a database that already holds the gigs.
import type { Db } from "@hunar/db/client";
import type { Prisma } from "@hunar/db/types";
import { searchGigs, searchQueries } from "../src/search/search-gigs.ts";
import { parseSearchParams } from "../src/search/search-params.ts";
import { describePlan, explain, explainText } from "../src/search/bench/explain-plan.ts";
import { cursorToPage } from "@hunar/core/bench/keyset-walk";
import { measure, printSizeTable, printTimings, type SizeTimings, type Timing } from "./measure.ts";
import { BROWSE_QUERIES, DEEP_PAGE_QUERIES, FILTER_ONLY_QUERIES, TEXT_AND_FILTER_QUERIES, TEXT_QUERIES, type Query } from "./scenarios.ts";

export type { SizeTimings } from "./measure.ts";

export const TARGET_P95_MS = 30;
const DEEP_PAGE = 50;

const search = (db: Db, query: Query) => searchGigs(db, parseSearchParams(query));

function rotating(name: string, db: Db, runs: number, queries: Query[], note: string): Promise<Timing> {
  return measure(name, runs, (i) => search(db, queries[i % queries.length] ?? {}), { warmup: 20, note });
}

async function deepPages(db: Db, runs: number, slow: string[]): Promise<{ timings: Timing[]; plans: string[] }> {
  const timings: Timing[] = [];
  const plans: string[] = [];
  for (const { name, query } of DEEP_PAGE_QUERIES) {
    const { cursor, page } = await cursorToPage((q) => search(db, q), { ...query, limit: "20" }, DEEP_PAGE);
    const params = { ...query, limit: "20", cursor };
    const { total } = await search(db, params);
    timings.push(
      await measure(`page ${page}: ${name}`, Math.min(runs, 100), () => search(db, params), {
        warmup: 20,
        note: `${total.toLocaleString("en")} matches; count carried by the cursor`,
      }),
    );
    const sql = await searchQueries(db, parseSearchParams(params));
    plans.push(await planLine(db, `page ${page}, ${name}`, sql.page, slow));
  }
  return { timings, plans };
}

/** The plan's summary; a plan slower than the goal also goes to `slow` in full, to be printed after the summaries. */
async function planLine(db: Db, name: string, query: Prisma.Sql, slow: string[]): Promise<string> {
  const summary = await explain(db, query);
  if (summary.executionMs > TARGET_P95_MS) slow.push(`${name}:\n${await explainText(db, query)}`);
  return `${name}: ${describePlan(summary)}`;
}

async function plans(db: Db, slow: string[]): Promise<string[]> {
  const cases: [string, Query][] = [
    ["text 'logo design'", { q: "logo design" }],
    ["text 'لوگو ڈیزائن'", { q: "لوگو ڈیزائن" }],
    ["text 'logo desgin' (misspelt)", { q: "logo desgin" }],
    ["text + filters", { q: "website bnana", max: "15000", days: "5", lang: "en" }],
    ["filters only, category", { category: "graphic-design" }],
    ["filters only, price + days", { min: "2000", max: "10000", days: "3" }],
    ["browse, relevance", {}],
    ["browse, newest", { sort: "newest" }],
    ["browse, rating", { sort: "rating" }],
  ];
  const lines: string[] = [];
  for (const [name, query] of cases) {
    const sql = await searchQueries(db, parseSearchParams(query));
    lines.push(await planLine(db, `${name}, page`, sql.page, slow));
    lines.push(await planLine(db, `${name}, count`, sql.count, slow));
  }
  return lines;
}

async function matches(db: Db, queries: Query[]): Promise<string> {
  const totals = await Promise.all(queries.map(async (q) => (await search(db, q)).total));
  return `${Math.min(...totals).toLocaleString("en")}-${Math.max(...totals).toLocaleString("en")} matches`;
}

/** Times searchGigs for every scenario, prints the table and the plans, and returns the timings. */
export async function benchmarkSearch(db: Db, options: { runs: number; gigs: number }): Promise<Timing[]> {
  const { runs } = options;
  const timings: Timing[] = [
    await rotating("text", db, runs, TEXT_QUERIES, `${TEXT_QUERIES.length} queries; ${await matches(db, TEXT_QUERIES)}`),
    await rotating(
      "text + filters",
      db,
      runs,
      TEXT_AND_FILTER_QUERIES,
      `${TEXT_AND_FILTER_QUERIES.length} queries; ${await matches(db, TEXT_AND_FILTER_QUERIES)}`,
    ),
    await rotating(
      "filters only",
      db,
      runs,
      FILTER_ONLY_QUERIES,
      `${FILTER_ONLY_QUERIES.length} queries; ${await matches(db, FILTER_ONLY_QUERIES)}`,
    ),
    await rotating("no filters, each sort", db, runs, BROWSE_QUERIES, `${BROWSE_QUERIES.length} sorts; all gigs`),
  ];
  const slow: string[] = [];
  const deep = await deepPages(db, runs, slow);
  timings.push(...deep.timings);

  printTimings(
    `searchGigs() on PostgreSQL, ${options.gigs.toLocaleString("en")} published gigs, 20 per page (page + count queries)`,
    timings,
    TARGET_P95_MS,
  );
  console.log("\nEXPLAIN (ANALYZE) of the queries searchGigs runs:");
  for (const line of [...(await plans(db, slow)), ...deep.plans]) console.log(`  ${line}`);
  if (slow.length > 0) {
    console.log(`\nEXPLAIN (ANALYZE, BUFFERS) of the queries over ${TARGET_P95_MS} ms:`);
    for (const plan of slow) console.log(`\n${plan}`);
  }
  return timings;
}

/** Every scenario's p50 and p95 at each catalogue size, side by side. */
export function printSizeSummary(results: SizeTimings[]): void {
  printSizeTable("searchGigs() p50 / p95 by catalogue size (published gigs)", results, TARGET_P95_MS);
}
