// `pnpm bench`: SSR throughput and latency at 50 connections of the home page, searches and gig
// pages, beside a bare React Router route and a raw node:http response, on embedded PGlite (demo
// data plus BENCH_PGLITE_GIGS synthetic gigs) and on PostgreSQL (demo data plus BENCH_GIGS
// synthetic published gigs, 100,000 by default) with one worker and with one per core. Each row
// rotates over many pages (bench/page-rotation.ts) and prints its share of the bare route in the
// same run against the goal. The load generator runs in this process, so on a 2-core machine
// client and server share the CPU: compare rows within one run rather than with other machines.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import type { DbTarget } from "@hunar/db/client";
import { Redis } from "ioredis";
import pg from "pg";
import { load, printTable, type LoadResult, type RowGoal } from "./load.ts";
import { gigPaths, homePaths, MIN_GIGS, searchPaths } from "./page-rotation.ts";
import { startApp, startFixture, stop } from "./processes.ts";

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const syntheticGigs = Number(process.env.BENCH_GIGS ?? 100_000);
// PGlite holds the demo marketplace; these synthetic gigs give its gig row enough pages to rotate over.
const pgliteGigs = Number(process.env.BENCH_PGLITE_GIGS ?? 400);
const pgAdminUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const redisUrl = process.env.REDIS_URL || "redis://127.0.0.1:6379";
const GIGS_ROTATED = 250;

// The goals, as shares of the bare React Router route in the same run.
const P99_GOAL_MS = 300;
const GOALS = { home: 0.4, search: 0.15, gig: 0.25 } as const;

interface AppPage {
  name: string;
  goal: keyof typeof GOALS;
  paths: string[];
}

async function benchFixture(name: string, file: string, port: number): Promise<LoadResult> {
  const child = await startFixture(file, port);
  try {
    return await load(name, `http://127.0.0.1:${port}/`, seconds);
  } finally {
    await stop(child);
  }
}

/** One app process, every page of `pages` loaded in turn; `label` names the rows. */
async function benchApp(label: string, port: number, env: Record<string, string>, pages: AppPage[], goals: Map<LoadResult, RowGoal>) {
  const child = await startApp(port, env);
  try {
    const results: LoadResult[] = [];
    for (const page of pages) {
      const result = await load(`${page.name} (${label})`, `http://127.0.0.1:${port}`, seconds, { paths: page.paths });
      goals.set(result, { share: GOALS[page.goal], p99Ms: P99_GOAL_MS });
      results.push(result);
    }
    return results;
  } finally {
    await stop(child);
  }
}

/** Starts the app once so it migrates and seeds the demo marketplace (only into an empty database), then stops it. */
async function seedDemo(port: number, env: Record<string, string>): Promise<void> {
  await stop(await startApp(port, { ...env, SEED_DEMO: "1" }));
}

function pagesFor(gigs: string[]): AppPage[] {
  return [
    { name: `home page SSR, ${homePaths().length} languages`, goal: "home", paths: homePaths() },
    { name: `/search, ${searchPaths().length} queries`, goal: "search", paths: searchPaths() },
    { name: `/gigs/<slug>, ${gigs.length} gigs`, goal: "gig", paths: gigs },
  ];
}

/**
 * Adds published gigs through the generator's own command (it migrates first), in batches small
 * enough for a busy machine, by one freelancer per ten gigs.
 */
function generateGigs(env: Record<string, string>, gigs: number): void {
  if (gigs <= 0) return;
  const users = Math.max(50, Math.round(gigs / 10));
  console.log(`Generating ${gigs} published gigs by ${users} freelancers ...`);
  const args = ["--users", String(users), "--gigs", String(gigs), "--batch", "1000"];
  const result = spawnSync("pnpm", ["--filter", "@hunar/db", "run", "generate:synthetic", "--", ...args], {
    env: { ...process.env, ...env },
    stdio: "inherit",
  });
  if (result.status !== 0) throw new Error(`the synthetic data generator failed (exit ${result.status})`);
}

/** Analyses the tables as autovacuum would have by the time a real catalogue is this size. */
async function vacuumAnalyze(databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("VACUUM ANALYZE");
  } finally {
    await client.end();
  }
}

async function withScratchPostgres<T>(run: (url: string) => Promise<T>): Promise<T | null> {
  const admin = new pg.Client({ connectionString: pgAdminUrl });
  try {
    await admin.connect();
  } catch (error) {
    console.log(`SKIPPED PostgreSQL rows: cannot connect to ${pgAdminUrl} (${String(error)})`);
    return null;
  }
  const name = `hunar_bench_${process.pid}`;
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(pgAdminUrl);
  url.pathname = `/${name}`;
  try {
    return await run(url.toString());
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

async function redisAnswers(url: string): Promise<boolean> {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  try {
    await redis.connect();
    return (await redis.ping()) === "PONG";
  } catch {
    return false;
  } finally {
    redis.disconnect();
  }
}

async function benchPGlite(goals: Map<LoadResult, RowGoal>): Promise<LoadResult[]> {
  const dataDir = mkdtempSync(join(tmpdir(), "hunar-bench-"));
  try {
    const env = { DATA_DIR: dataDir, DATABASE_URL: "" };
    await seedDemo(3203, env);
    generateGigs(env, pgliteGigs);
    const target: DbTarget = { kind: "pglite", dataDir: join(dataDir, "pglite") };
    return await benchApp("PGlite", 3203, env, pagesFor(await gigPaths(target, GIGS_ROTATED)), goals);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** PostgreSQL with the synthetic catalogue: one worker, then one per core when Redis is there to share. */
async function benchPostgres(url: string, goals: Map<LoadResult, RowGoal>): Promise<LoadResult[]> {
  const withRedis = await redisAnswers(redisUrl);
  const env = { DATABASE_URL: url, REDIS_URL: withRedis ? redisUrl : "" };
  await seedDemo(3204, { ...env, WEB_CONCURRENCY: "1" });
  generateGigs({ DATABASE_URL: url }, syntheticGigs);
  await vacuumAnalyze(url);
  const pages = pagesFor(await gigPaths({ kind: "postgres", url }, GIGS_ROTATED));
  const label = `PostgreSQL, +${syntheticGigs} gigs`;
  const rows = await benchApp(`${label}, 1 worker`, 3204, { ...env, WEB_CONCURRENCY: "1" }, pages, goals);
  const cores = availableParallelism();
  if (!withRedis) console.log(`SKIPPED the ${cores}-worker rows: Redis does not answer at ${redisUrl}, and workers share through it`);
  else if (cores < 2) console.log("SKIPPED the per-core rows: this machine has one core");
  else rows.push(...(await benchApp(`${label}, ${cores} workers`, 3204, { ...env, WEB_CONCURRENCY: String(cores) }, pages, goals)));
  return rows;
}

if (GIGS_ROTATED < MIN_GIGS) throw new Error("the gig row must rotate over at least MIN_GIGS pages");
const rows: LoadResult[] = [];
rows.push(await benchFixture("raw node:http", "./raw-http.ts", 3201));
const bare = await benchFixture("bare React Router route", "./bare-react-router.tsx", 3202);
rows.push(bare);
const goals = new Map<LoadResult, RowGoal>();
rows.push(...(await benchPGlite(goals)));
const onPostgres = await withScratchPostgres((url) => benchPostgres(url, goals));
if (onPostgres) rows.push(...onPostgres);

printTable(`HTTP, 50 connections, ${seconds} s each (after a 2 s warm-up)`, rows, { row: bare, goals });
