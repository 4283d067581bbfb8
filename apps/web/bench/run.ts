// `pnpm bench`: SSR throughput and latency at 50 connections of the home page, a search
// (`/search?q=` in Urdu) and a gig page, beside a bare React Router route and a raw node:http
// response, on embedded PGlite (demo data) and on PostgreSQL (demo data plus BENCH_GIGS synthetic
// published gigs, 100,000 by default, written by the db package's generator). The load generator
// runs in this process, so on a 2-core machine client and server share the CPU: compare rows
// within one run rather than with other machines.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { load, printTable, type LoadResult } from "./load.ts";
import { startApp, startFixture, stop } from "./processes.ts";

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const syntheticGigs = Number(process.env.BENCH_GIGS ?? 100_000);

// Pages measured on the app, in English so every row renders the same language. The gig is a
// demo listing; the search is the Urdu for "logo design", which demo and synthetic gigs both use.
const APP_PAGES = [
  { name: "home page SSR", path: "/?lng=en" },
  { name: "/search?q=لوگو ڈیزائن", path: `/search?q=${encodeURIComponent("لوگو ڈیزائن")}&lng=en` },
  { name: "/gigs/<slug>", path: "/gigs/modern-logo-for-your-business?lng=en" },
] as const;
const pgAdminUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

async function benchFixture(name: string, file: string, port: number): Promise<LoadResult> {
  const child = await startFixture(file, port);
  try {
    return await load(name, `http://127.0.0.1:${port}/`, seconds);
  } finally {
    await stop(child);
  }
}

/**
 * One app process, every page of APP_PAGES loaded in turn; `database` labels the rows. `prepare`
 * runs once the app is up: the app seeds the demo marketplace only into an empty database, so
 * extra data is added after it started.
 */
async function benchApp(
  database: string,
  port: number,
  env: Record<string, string>,
  prepare: () => Promise<void> = async () => {},
): Promise<LoadResult[]> {
  const child = await startApp(port, { SEED_DEMO: "1", ...env });
  try {
    await prepare();
    const results: LoadResult[] = [];
    for (const page of APP_PAGES) results.push(await load(`${page.name} (${database})`, `http://127.0.0.1:${port}${page.path}`, seconds));
    return results;
  } finally {
    await stop(child);
  }
}

/**
 * Adds published gigs to a database through the generator's own command (it migrates first),
 * in batches small enough for a busy machine, then analyses the tables as autovacuum would have
 * by the time a real catalogue is this size.
 */
async function generateGigs(databaseUrl: string, gigs: number): Promise<void> {
  if (gigs <= 0) return;
  const users = Math.max(100, Math.round(gigs / 10));
  console.log(`Generating ${gigs} published gigs by ${users} freelancers on PostgreSQL ...`);
  const args = ["--users", String(users), "--gigs", String(gigs), "--batch", "1000"];
  const result = spawnSync("pnpm", ["--filter", "@hunar/db", "run", "generate:synthetic", "--", ...args], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: "inherit",
  });
  if (result.status !== 0) throw new Error(`the synthetic data generator failed (exit ${result.status})`);
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

const rows: LoadResult[] = [];
rows.push(await benchFixture("raw node:http", "./raw-http.ts", 3201));
rows.push(await benchFixture("bare React Router route", "./bare-react-router.tsx", 3202));

const dataDir = mkdtempSync(join(tmpdir(), "hunar-bench-"));
try {
  rows.push(...(await benchApp("PGlite", 3203, { DATA_DIR: dataDir, DATABASE_URL: "" })));
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
const onPostgres = await withScratchPostgres((url) =>
  benchApp(`PostgreSQL, +${syntheticGigs} gigs`, 3204, { DATABASE_URL: url }, () => generateGigs(url, syntheticGigs)),
);
if (onPostgres) rows.push(...onPostgres);

printTable(`HTTP, 50 connections, ${seconds} s each (after a 2 s warm-up)`, rows);
