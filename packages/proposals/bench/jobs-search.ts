// `pnpm --filter @hunar/proposals bench`: the /jobs search on PostgreSQL with 100k open public
// jobs (plus invite-only, filled, closed and removed ones, and some suspended clients), in a
// scratch database that is dropped afterwards. Server: BENCH_DATABASE_URL, else
// TEST_DATABASE_URL, else the local default. BENCH_JOBS and BENCH_RUNS scale it down for a quick
// look. Figures are printed, never asserted.
import { performance } from "node:perf_hooks";
import type { Db } from "@hunar/db/client";
import { generateSynthetic } from "@hunar/db/seed/synthetic";
import { withScratchDatabase } from "@hunar/db/testing/scratch-database";
import { seedJobs } from "./jobs-seed.ts";
import { benchmarkJobSearch } from "./jobs-search-timings.ts";

const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const jobCount = Number(process.env.BENCH_JOBS ?? 100_000);
const runs = Number(process.env.BENCH_RUNS ?? 300);

async function fill(db: Db): Promise<void> {
  const started = performance.now();
  const users = Math.max(100, Math.round(jobCount / 10));
  const { runId } = await generateSynthetic(db, { users, gigs: 0, seed: 7 });
  const clientIds = Array.from({ length: users }, (_, i) => `syn_${runId}_u${i}`);
  // One client in a hundred is suspended: their jobs must drop out of every search.
  const suspended = clientIds.filter((_, i) => i % 100 === 0);
  await db.user.updateMany({ where: { id: { in: suspended } }, data: { suspendedAt: new Date() } });
  let reported = 0;
  await seedJobs(db, {
    open: jobCount,
    hidden: Math.round(jobCount / 10),
    clientIds,
    seed: 11,
    onProgress: (done) => {
      if (done - reported < 20_000) return;
      reported = done;
      console.log(`  ${done.toLocaleString("en")} jobs`);
    },
  });
  // What autovacuum would have done by the time a real job board is this size.
  await db.$executeRawUnsafe("VACUUM ANALYZE");
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const open = await db.job.count({ where: { status: "OPEN", visibility: "PUBLIC" } });
  const all = await db.job.count();
  console.log(
    `Generated ${all.toLocaleString("en")} jobs (${open.toLocaleString("en")} open and public) for ${users.toLocaleString("en")} clients, ${suspended.length} suspended, in ${seconds} s (including VACUUM ANALYZE).`,
  );
}

await withScratchDatabase(serverUrl, "jobs", async (db, url) => {
  console.log(`Jobs search benchmark on ${new URL(url).host}${new URL(url).pathname}: ${jobCount.toLocaleString("en")} open jobs`);
  await fill(db);
  await benchmarkJobSearch(db, { runs, jobs: jobCount });
});
