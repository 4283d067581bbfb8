// `pnpm bench`: home page SSR throughput and latency at 50 connections, beside a bare React Router
// route and a raw node:http response, on embedded PGlite and on PostgreSQL. The load generator
// runs in this process, so on a 2-core machine client and server share the CPU: compare rows
// within one run rather than with other machines.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { load, printTable, type LoadResult } from "./load.ts";
import { startApp, startFixture, stop } from "./processes.ts";

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const pgAdminUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

async function benchFixture(name: string, file: string, port: number): Promise<LoadResult> {
  const child = await startFixture(file, port);
  try {
    return await load(name, `http://127.0.0.1:${port}/`, seconds);
  } finally {
    await stop(child);
  }
}

async function benchApp(name: string, port: number, env: Record<string, string>): Promise<LoadResult> {
  const child = await startApp(port, { SEED_DEMO: "1", ...env });
  try {
    return await load(name, `http://127.0.0.1:${port}/?lng=en`, seconds);
  } finally {
    await stop(child);
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
  rows.push(await benchApp("home page SSR (PGlite)", 3203, { DATA_DIR: dataDir, DATABASE_URL: "" }));
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
const onPostgres = await withScratchPostgres((url) => benchApp("home page SSR (PostgreSQL)", 3204, { DATABASE_URL: url }));
if (onPostgres) rows.push(onPostgres);

printTable(`HTTP, 50 connections, ${seconds} s each (after a 2 s warm-up)`, rows);
