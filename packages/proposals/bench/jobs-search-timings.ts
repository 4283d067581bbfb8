// The timed part of the /jobs benchmark, on a database that already holds the jobs.
import { cursorToPage } from "@hunar/core/bench/keyset-walk";
import { printTable, type Timing, measure } from "@hunar/core/bench/measure";
import type { Db } from "@hunar/db/client";
import type { Prisma } from "@hunar/db/types";
import { describePlan, explain } from "@hunar/gigs/search/bench/explain-plan";
import { parseJobSearchParams } from "../src/jobs/job-search-params.ts";
import { type JobSearchQueries, searchJobs, searchJobsQueries } from "../src/jobs/search-jobs.ts";
import {
  DEEP_PAGE_QUERIES,
  ENGLISH_QUERIES,
  FILTER_ONLY_QUERIES,
  NEWEST_QUERIES,
  type Query,
  ROMAN_URDU_QUERIES,
  TEXT_AND_FILTER_QUERIES,
  URDU_QUERIES,
} from "./jobs-search-scenarios.ts";

export const TARGET_P95_MS = 30;
const DEEP_PAGE = 50;

const params = (query: Query) => parseJobSearchParams({ limit: "20", ...query });
const search = (db: Db, query: Query) => searchJobs(db, params(query), { locale: "ur" });

/** The SQL of a search, its page query built for the count the search has. */
async function queriesOf(db: Db, query: Query): Promise<JobSearchQueries & { pageSql: Prisma.Sql }> {
  const sql = await searchJobsQueries(db, params(query), new Date());
  const counted = sql.cursor ? sql.cursor.n : ((await db.$queryRaw<{ total: number }[]>(sql.count))[0]?.total ?? 0);
  return { ...sql, pageSql: sql.page(counted) };
}

interface Scenario {
  name: string;
  queries: Query[];
}

/**
 * Per scenario: the page query and the count query alone (their SQL built once, spelling
 * corrections included), then searchJobs() as the app calls it (spelling lookup, count, page).
 */
async function timeScenario(db: Db, scenario: Scenario, runs: number): Promise<Timing[]> {
  const built: (JobSearchQueries & { pageSql: Prisma.Sql })[] = [];
  for (const query of scenario.queries) built.push(await queriesOf(db, query));
  const totals = await Promise.all(scenario.queries.map(async (q) => (await search(db, q)).total));
  const note = `${scenario.queries.length} queries; ${Math.min(...totals).toLocaleString("en")}-${Math.max(...totals).toLocaleString("en")} matches (counted up to 1,000)`;
  const at = (i: number) => built[i % built.length] as JobSearchQueries & { pageSql: Prisma.Sql };
  return [
    await measure(`${scenario.name}: page`, runs, (i) => db.$queryRaw(at(i).pageSql), { warmup: 20, note }),
    await measure(`${scenario.name}: count`, runs, (i) => db.$queryRaw(at(i).count), { warmup: 20, note }),
    await measure(`${scenario.name}: searchJobs()`, runs, (i) => search(db, scenario.queries[i % scenario.queries.length] ?? {}), {
      warmup: 20,
      note,
    }),
  ];
}

async function deepPages(db: Db, runs: number): Promise<{ timings: Timing[]; plans: string[] }> {
  const timings: Timing[] = [];
  const plans: string[] = [];
  for (const { name, query } of DEEP_PAGE_QUERIES) {
    const { cursor, page } = await cursorToPage((q) => search(db, q), query, DEEP_PAGE);
    const deep = { ...query, cursor };
    const sql = await queriesOf(db, deep);
    const { total } = await search(db, deep);
    const note = `${total.toLocaleString("en")} matches (counted up to 1,000); count carried by the cursor`;
    timings.push(await measure(`page ${page}, ${name}: page`, Math.min(runs, 100), () => db.$queryRaw(sql.pageSql), { warmup: 20, note }));
    timings.push(await measure(`page ${page}, ${name}: searchJobs()`, Math.min(runs, 100), () => search(db, deep), { warmup: 20, note }));
    plans.push(`page ${page}, ${name}: ${describePlan(await explain(db, sql.pageSql))}`);
  }
  return { timings, plans };
}

async function plans(db: Db): Promise<string[]> {
  const cases: [string, Query][] = [
    ["newest", {}],
    ["category graphic-design", { category: "graphic-design" }],
    ["budget + posted", { posted: "30", max: "25000" }],
    ["text 'لوگو ڈیزائن'", { q: "لوگو ڈیزائن" }],
    ["text 'translation'", { q: "translation" }],
    ["text 'logo bnana'", { q: "logo bnana" }],
    ["text 'logo desgin' (misspelt)", { q: "logo desgin" }],
    ["text + filters", { q: "website bnana", min: "20000", posted: "30" }],
  ];
  const lines: string[] = [];
  for (const [name, query] of cases) {
    const sql = await queriesOf(db, query);
    lines.push(`${name}, page: ${describePlan(await explain(db, sql.pageSql))}`);
    lines.push(`${name}, count: ${describePlan(await explain(db, sql.count))}`);
  }
  return lines;
}

/** Times searchJobs for every scenario and prints the table and the plans. */
export async function benchmarkJobSearch(db: Db, options: { runs: number; jobs: number }): Promise<void> {
  const scenarios: Scenario[] = [
    { name: "newest, no filters", queries: NEWEST_QUERIES },
    { name: "text, Urdu", queries: URDU_QUERIES },
    { name: "text, English", queries: ENGLISH_QUERIES },
    { name: "text, Roman Urdu", queries: ROMAN_URDU_QUERIES },
    { name: "text + filters", queries: TEXT_AND_FILTER_QUERIES },
    { name: "filters only", queries: FILTER_ONLY_QUERIES },
  ];
  const timings: Timing[] = [];
  for (const scenario of scenarios) timings.push(...(await timeScenario(db, scenario, options.runs)));
  const deep = await deepPages(db, options.runs);
  timings.push(...deep.timings);

  const headers = ["query", "runs", "p50 ms", "p95 ms", "max ms", `p95 <= ${TARGET_P95_MS} ms`, "notes"];
  const rows = timings.map((r) => [
    r.name,
    String(r.runs),
    r.p50.toFixed(2),
    r.p95.toFixed(2),
    r.max.toFixed(2),
    r.p95 <= TARGET_P95_MS ? "yes" : "NO",
    r.note,
  ]);
  printTable(`searchJobs() on PostgreSQL, ${options.jobs.toLocaleString("en")} open public jobs, 20 per page`, headers, rows);
  console.log("\nEXPLAIN (ANALYZE) of the queries searchJobs runs:");
  for (const line of [...(await plans(db)), ...deep.plans]) console.log(`  ${line}`);
}
