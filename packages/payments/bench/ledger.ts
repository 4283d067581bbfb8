// `pnpm --filter @hunar/payments bench`: ledger write throughput and read latency on PostgreSQL,
// in a scratch database created, migrated and dropped by the run. Server: BENCH_DATABASE_URL,
// else TEST_DATABASE_URL, else the local default. BENCH_POSTINGS (default 3,000), BENCH_ENTRIES
// (default 10,000) and BENCH_RUNS (default 200) scale it. Figures only: nothing is asserted.
import { findBalanceMismatches, getAccountBalance, getUserBalances } from "../src/ledger/balances.ts";
import { ledgerTotal } from "../src/ledger/integrity.ts";
import { getEarningsStatement } from "../src/statements/get-earnings-statement.ts";
import { listAccountActivity } from "../src/statements/list-account-activity.ts";
import { monthlyNetEarnings } from "../src/statements/monthly-net-earnings.ts";
import { buildHeavyFreelancer } from "./heavy-history.ts";
import { measure, ms, printTable } from "@hunar/core/bench/measure";
import { benchPostingThroughput } from "./posting-throughput.ts";
import { withScratchDatabase } from "@hunar/db/testing/scratch-database";

const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const postings = Number(process.env.BENCH_POSTINGS ?? 3_000);
const entries = Number(process.env.BENCH_ENTRIES ?? 10_000);
const runs = Number(process.env.BENCH_RUNS ?? 200);

await withScratchDatabase(serverUrl, "ledger", async (db, url) => {
  console.log(`Ledger benchmark on ${new URL(url).host}${new URL(url).pathname} (pg pool: 10 connections, the adapter's default)`);

  const throughput = await benchPostingThroughput(db, postings);
  printTable(
    "Order funding postings (wallet -> escrow + revenue; status change, order row lock, then one posting statement: key, customer accounts in key order, entries; revenue unlocked)",
    ["clients", "postings", "failed", "wall s", "postings/s", "p50 ms", "p95 ms", "max ms", "goal"],
    throughput,
  );

  const heavy = await buildHeavyFreelancer(db, entries);
  const own = await db.ledgerEntry.count({ where: { account: { ownerUserId: heavy.freelancerId } } });
  console.log(
    `\nBusy freelancer: ${own.toLocaleString("en")} ledger entries of their own from ${heavy.orders.toLocaleString("en")} orders over two years`,
  );
  await db.$executeRawUnsafe("VACUUM ANALYZE");

  const userId = heavy.freelancerId;
  const year = new Date().getUTCFullYear();
  const revenueEntries = await db.ledgerEntry.count({ where: { account: { type: "PLATFORM_REVENUE" } } });
  const firstPage = await listAccountActivity(db, userId, { account: "pending", limit: 20 });
  const timings = [
    await measure("getUserBalances", runs, () => getUserBalances(db, userId), { note: "cached balancePaisa, one indexed read" }),
    await measure("getAccountBalance (available)", runs, () => getAccountBalance(db, { type: "FREELANCER_AVAILABLE", userId })),
    await measure("getAccountBalance (platform revenue)", runs, () => getAccountBalance(db, { type: "PLATFORM_REVENUE" }), {
      note: `sum of ${revenueEntries.toLocaleString("en")} entries, no cache`,
    }),
    await measure("getEarningsStatement (year)", runs, () => getEarningsStatement(db, userId, { year })),
    await measure("getEarningsStatement (month)", runs, () => getEarningsStatement(db, userId, { year, month: 6 })),
    await measure("monthlyNetEarnings (12 months)", runs, () => monthlyNetEarnings(db, userId, { months: 12 })),
    await measure("listAccountActivity (first page)", runs, () => listAccountActivity(db, userId, { account: "pending", limit: 20 })),
    await measure("listAccountActivity (second page)", runs, () =>
      listAccountActivity(db, userId, { account: "pending", limit: 20, cursor: firstPage.nextCursor }),
    ),
    await measure("findBalanceMismatches (whole ledger)", Math.max(5, Math.round(runs / 20)), () => findBalanceMismatches(db), {
      note: "admin/test check, scans all entries",
    }),
  ];
  printTable(
    `Reads for the busy freelancer (${own.toLocaleString("en")} entries; one call at a time)`,
    ["query", "runs", "p50 ms", "p95 ms", "max ms", "notes"],
    timings.map((t) => [t.name, String(t.runs), ms(t.p50), ms(t.p95), ms(t.max), t.note]),
  );

  const total = await db.ledgerEntry.count();
  const mismatches = await findBalanceMismatches(db);
  console.log(
    `\nLedger after the run: ${total.toLocaleString("en")} entries, sum ${await ledgerTotal(db)} paisa, ` +
      `${mismatches.length} cached balances differing from their entries.`,
  );
});
