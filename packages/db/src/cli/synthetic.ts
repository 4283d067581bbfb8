// `pnpm --filter @hunar/db run generate:synthetic -- --users N --gigs M [--batch 5000] [--seed 1]`
// Appends synthetic users and published gigs for benchmarks and prints how long it took.
import { parseArgs } from "node:util";
import { runCli, UsageError } from "./run-cli.ts";

function count(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 0) throw new UsageError(`--${name} must be a whole number ≥ 0, got "${value}"`);
  return n;
}

await runCli(async () => {
  const { values } = parseArgs({
    args: process.argv.slice(2).filter((a) => a !== "--"),
    options: {
      users: { type: "string" },
      gigs: { type: "string" },
      batch: { type: "string" },
      seed: { type: "string" },
    },
  });
  const users = count(values.users, "users", 0);
  const gigs = count(values.gigs, "gigs", 0);
  const batchSize = Math.max(1, count(values.batch, "batch", 5_000));
  const seed = count(values.seed, "seed", 1);

  const { createDb, describeTarget, disposeDb, targetFromEnv } = await import("../client.ts");
  const { migrate } = await import("../migrate/migrate.ts");
  const { generateSynthetic, NoFreelancersError } = await import("../seed/synthetic.ts");

  const target = targetFromEnv();
  await migrate(target);
  const db = await createDb(target);
  try {
    console.log(`Writing ${users} users and ${gigs} gigs to ${describeTarget(target)} ...`);
    const started = performance.now();
    let lastReport = started;
    const result = await generateSynthetic(db, {
      users,
      gigs,
      batchSize,
      seed,
      onProgress: (done) => {
        if (performance.now() - lastReport < 5_000) return;
        lastReport = performance.now();
        console.log(`  ${done.users} users, ${done.gigs} gigs`);
      },
    }).catch((error: unknown) => {
      throw error instanceof NoFreelancersError ? new UsageError(error.message) : error;
    });
    const seconds = (performance.now() - started) / 1000;
    const rate = seconds > 0 ? Math.round(result.gigs / seconds) : result.gigs;
    console.log(
      `Wrote ${result.users} users, ${result.gigs} gigs and ${result.packages} packages in ${seconds.toFixed(1)} s ` +
        `(${rate} gigs/s, run ${result.runId}).`,
    );
  } finally {
    await disposeDb(db);
  }
});
