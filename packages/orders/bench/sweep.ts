// `pnpm --filter @hunar/orders bench`: the order timer sweep (sweepOrderTimers, every minute on the
// server) on PostgreSQL, in a scratch database created, migrated and dropped by the run. Server:
// BENCH_DATABASE_URL, else TEST_DATABASE_URL, else the local default. BENCH_OPEN_ORDERS (default
// 100,000) open orders, BENCH_DUE_ORDERS (default 1,000) of them due to auto-complete and made
// through the real checkout, payment and delivery; the rest cloned in SQL, a day and more from any
// timer but for 500 warnings falling due in each hour swept. Measured: a sweep with nothing due
// (BENCH_RUNS runs, default 20); one sweeper working off the due orders; two at once working off as
// many more (each sweeper a process of its own with its own client, as two servers would be, warmed
// up first); and a sweep with nothing due again once BENCH_CLOSED_ORDERS (default 100,000)
// completed orders of the last two years and their revealed reviews are added. Times are figures
// only; the checks (every due order completed exactly once, every warning sent once, nothing else
// touched, the ledger reconciled) make the run exit non-zero when one fails.
import { performance } from "node:perf_hooks";
import { loadavg } from "node:os";
import type { Db } from "@hunar/db/client";
import { withScratchDatabase } from "@hunar/db/testing/scratch-database";
import { findBalanceMismatches } from "@hunar/payments/ledger/balances";
import { findUnbalancedTransactions, ledgerTotal } from "@hunar/payments/ledger/integrity";
import { revealDueReviews } from "../src/reviews/reveal-due-reviews.ts";
import { autoCompleteDue } from "../src/timers/auto-complete-due.ts";
import { sweepOrderTimers } from "../src/timers/sweep-order-timers.ts";
import { warnAutoComplete } from "../src/timers/warn-auto-complete.ts";
import { check, checkAutoCompleted, checkClones, printChecks, type Check } from "./sweep-checks.ts";
import { runSweepers, type SessionSamples, type SweeperRun } from "./sweepers.ts";
import { addHistoryReviews, cloneOrders, createDueOrders, createSweepWorld, historyGroup, openOrderGroups } from "./sweep-world.ts";
import { measure, ms, percentile, printTable, type Timing } from "@hunar/core/bench/measure";

const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const openOrders = Number(process.env.BENCH_OPEN_ORDERS ?? 100_000);
const dueOrders = Number(process.env.BENCH_DUE_ORDERS ?? 1_000);
const closedOrders = Number(process.env.BENCH_CLOSED_ORDERS ?? 100_000);
const runs = Number(process.env.BENCH_RUNS ?? 20);
const WARNINGS_PER_HOUR = 500;
const WARM_UP_ORDERS = 20;
const HOUR_MS = 60 * 60 * 1000;

const count = (n: number) => n.toLocaleString("en");
const seconds = (started: number) => ((performance.now() - started) / 1000).toFixed(1);

/** The sweep and each of its three steps with nothing due at `now`; counts any call that did something. */
async function idleTimings(db: Db, now: Date, busy: { calls: number }): Promise<Timing[]> {
  const did = (n: number) => (busy.calls += n > 0 ? 1 : 0);
  return [
    await measure(
      "sweepOrderTimers",
      runs,
      async () => {
        const swept = await sweepOrderTimers(db, now);
        did(swept.autoCompleted + swept.warned + swept.reviewsRevealed);
      },
      { note: "the three steps below, one after another" },
    ),
    await measure("  warnAutoComplete", runs, async () => did(await warnAutoComplete(db, now)), {
      note: "one UPDATE … SKIP LOCKED, in a transaction",
    }),
    await measure("  autoCompleteDue", runs, async () => did(await autoCompleteDue(db, now)), { note: "one indexed read" }),
    await measure("  revealDueReviews", runs, async () => did((await revealDueReviews(db, now)).reviews), {
      note: "one claim query, in a transaction",
    }),
  ];
}

/** Orders with a timer running at `now`: in progress, delivered, or completed with the review window open. */
async function countOpen(db: Db, now: Date): Promise<number> {
  return db.order.count({
    where: { OR: [{ status: { in: ["IN_PROGRESS", "DELIVERED"] } }, { status: "COMPLETED", reviewsCloseAt: { gt: now } }] },
  });
}

const sweeperRow = (name: string, due: number, run: SweeperRun, note = ""): string[] => [
  name,
  count(due),
  count(run.autoCompleted),
  count(run.warned),
  String(run.sweeps),
  (run.wallMs / 1000).toFixed(2),
  (run.cpuMs / 1000).toFixed(2),
  run.autoCompleted > 0 ? ms(run.wallMs / run.autoCompleted) : "-",
  ms(percentile(run.sweepMs, 0.5)),
  ms(run.sweepMs.at(-1) ?? 0),
  note,
];

let failed = false;

await withScratchDatabase(serverUrl, "timers", async (db, url) => {
  console.log(
    `Order timer sweep benchmark on ${new URL(url).host}${new URL(url).pathname} (pg pool: 10 connections per client; ` +
      `load average ${loadavg()[0]?.toFixed(2)} at the start)`,
  );
  // The bench's clock: nothing due at t0, the first due orders swept an hour later, the second two
  // hours later; each hour brings its own 500 warnings.
  const t0 = new Date();
  const t1 = new Date(t0.getTime() + HOUR_MS);
  const t2 = new Date(t0.getTime() + 2 * HOUR_MS);
  // A month before: the sweeper processes warm up there, on orders delivered five weeks ago.
  const warmUpAt = new Date(t0.getTime() - 30 * 24 * HOUR_MS);
  const warmUpOrders = () => createDueOrders(db, sweep, WARM_UP_ORDERS, 35);

  let started = performance.now();
  const sweep = await createSweepWorld(db);
  const groups = openOrderGroups(openOrders - dueOrders - 1, WARNINGS_PER_HOUR);
  await cloneOrders(db, sweep, t0, groups);
  // What autovacuum would have done by the time a real marketplace is this size.
  await db.$executeRawUnsafe("VACUUM ANALYZE");
  const openAtT0 = await countOpen(db, t0);
  console.log(`\n${count(openAtT0)} open orders (one real, the rest cloned in SQL) in ${seconds(started)} s.`);

  const busy = { calls: 0 };
  const idleOpen = await idleTimings(db, t0, busy);

  started = performance.now();
  const firstDue = await createDueOrders(db, sweep, dueOrders);
  console.log(`${count(dueOrders)} due orders (placed, paid, delivered four days ago) in ${seconds(started)} s.`);
  const openAtT1 = await countOpen(db, t1);
  const firstWarmUp = await warmUpOrders();
  const single = await runSweepers(url, 1, t1, warmUpAt, db);
  const [one] = single.runs as [SweeperRun];

  started = performance.now();
  const secondDue = await createDueOrders(db, sweep, dueOrders);
  console.log(`${count(dueOrders)} more due orders in ${seconds(started)} s.`);
  const openAtT2 = await countOpen(db, t2);
  const secondWarmUp = await warmUpOrders();
  const pair = await runSweepers(url, 2, t2, warmUpAt, db);
  const [a, b] = pair.runs as [SweeperRun, SweeperRun];
  const both: SweeperRun = {
    sweeps: a.sweeps + b.sweeps,
    autoCompleted: a.autoCompleted + b.autoCompleted,
    warned: a.warned + b.warned,
    reviewsRevealed: a.reviewsRevealed + b.reviewsRevealed,
    failures: a.failures + b.failures,
    sweepErrors: [...a.sweepErrors, ...b.sweepErrors],
    wallMs: pair.wallMs,
    cpuMs: a.cpuMs + b.cpuMs,
    sweepMs: [...a.sweepMs, ...b.sweepMs].sort((x, y) => x - y),
    warmUp: {
      autoCompleted: a.warmUp.autoCompleted + b.warmUp.autoCompleted,
      warned: a.warmUp.warned + b.warmUp.warned,
      reviewsRevealed: a.warmUp.reviewsRevealed + b.warmUp.reviewsRevealed,
    },
  };
  const leftDue = await db.order.count({ where: { status: "DELIVERED", autoCompleteAt: { lte: t2 } } });

  started = performance.now();
  const history = historyGroup(closedOrders);
  await cloneOrders(db, sweep, t0, [history]);
  const reviews = await addHistoryReviews(db);
  await db.$executeRawUnsafe("VACUUM ANALYZE");
  console.log(
    `${count(closedOrders)} closed orders of the last two years with ${count(reviews)} revealed reviews (cloned) in ${seconds(started)} s.`,
  );
  const idleHistory = await idleTimings(db, t2, busy);

  const idleRow = (orders: string) => (t: Timing) => [t.name, orders, String(t.runs), ms(t.p50), ms(t.p95), ms(t.max), t.note];
  printTable(
    "A sweep with nothing due (the every-minute case; one call at a time, after 10 unmeasured)",
    ["call", "orders", "runs", "p50 ms", "p95 ms", "max ms", "notes"],
    [
      ...idleOpen.map(idleRow(`${count(openAtT0)} open`)),
      ...idleHistory.map(idleRow(`${count(openAtT2)} open + ${count(closedOrders)} closed`)),
    ],
  );
  printTable(
    "Due orders worked off (each sweeper a process with its own client; default limits, 100 per step and sweep; sweeps repeated until one does nothing, that one included)",
    ["sweepers", "due", "completed", "warned", "sweeps", "wall s", "cpu s", "ms/order", "sweep p50 ms", "sweep max ms", "notes"],
    [
      sweeperRow("one", dueOrders, one, `${count(openAtT1)} open orders; ms/order counts the warnings too`),
      sweeperRow("two at once: A", dueOrders, a, "wall until it stopped"),
      sweeperRow("two at once: B", dueOrders, b, "wall until it stopped"),
      sweeperRow("two at once: together", dueOrders, both, `${count(openAtT2)} open orders; wall from the go to the last one done`),
    ],
  );

  const share = (part: number, all: number) => (all === 0 ? "-" : ((100 * part) / all).toFixed(0));
  const sessionRow = (name: string, s: SessionSamples, note: string) => [
    name,
    count(s.samples),
    share(s.running, s.samples),
    share(s.lock, s.samples),
    share(s.client, s.samples),
    share(s.other, s.samples),
    note,
  ];
  printTable(
    "The sweepers' database sessions while they swept (sampled every 50 ms; sessions between transactions left out)",
    ["sweepers", "samples", "running %", "waiting on a lock %", "in a transaction, waiting for the process %", "I/O and other %", "notes"],
    [sessionRow("one", single.sessions, "one process"), sessionRow("two at once", pair.sessions, "both processes' sessions")],
  );

  const checks: Check[] = [
    check("idle sweeps (and steps) that did something", busy.calls),
    check("warm-ups: completed", one.warmUp.autoCompleted + both.warmUp.autoCompleted, 2 * WARM_UP_ORDERS),
    check(
      "warm-ups: warned or revealed",
      one.warmUp.warned + one.warmUp.reviewsRevealed + both.warmUp.warned + both.warmUp.reviewsRevealed,
    ),
    check("one sweeper: completed", one.autoCompleted, dueOrders),
    check("one sweeper: warned", one.warned, WARNINGS_PER_HOUR),
    check("one sweeper: orders handed to onError", one.failures),
    check("one sweeper: sweeps that threw", one.sweepErrors.length),
    check("two sweepers: completed, A + B", both.autoCompleted, dueOrders),
    check("two sweepers: warned, A + B", both.warned, WARNINGS_PER_HOUR),
    check("two sweepers: orders handed to onError", both.failures),
    check("two sweepers: sweeps that threw", both.sweepErrors.length),
    check("sweeps that revealed reviews", one.reviewsRevealed + both.reviewsRevealed),
    check("due orders left undone", leftDue),
    ...(await checkAutoCompleted(db, "warm-ups", [...firstWarmUp, ...secondWarmUp])),
    ...(await checkAutoCompleted(db, "one sweeper", firstDue)),
    ...(await checkAutoCompleted(db, "two sweepers", secondDue)),
    ...(await checkClones(db, [...groups, history], ["warn1-", "warn2-"])),
  ];
  const mismatches = await findBalanceMismatches(db);
  checks.push(check("cached balances differing from their entries", mismatches.length));
  checks.push(check("ledger transactions not summing to zero", (await findUnbalancedTransactions(db)).length));
  const total = await ledgerTotal(db);
  checks.push(check("ledger sum (paisa)", Number(total)));
  if (!printChecks("Checks (each count must be as expected; none of them is a timing)", checks)) failed = true;

  const entries = await db.ledgerEntry.count();
  console.log(
    `\nLedger after the run: ${count(entries)} entries, sum ${total} paisa, ${mismatches.length} cached balances differing from their entries.`,
  );
  const errors = [...new Set([...one.sweepErrors, ...both.sweepErrors])];
  if (errors.length > 0) console.log(`\nWhat the sweeps that threw said:\n${errors.map((e) => `  ${e}`).join("\n")}`);
  console.log(`Load average at the end: ${loadavg()[0]?.toFixed(2)}.`);
  if (failed) console.log("\nA check failed.");
});

if (failed) process.exitCode = 1;
