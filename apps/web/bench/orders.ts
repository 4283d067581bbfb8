// `pnpm bench` (after run.ts and chat.ts): the pages of a busy client, signed in, beside the bare
// React Router route in the same run: their order page rotating over all their orders, and
// "My orders" (first page, a filter, and the sold side of a busy freelancer). On PostgreSQL: a
// scratch database (BENCH_DATABASE_URL, else TEST_DATABASE_URL, else the local default) with the
// demo marketplace and BENCH_ORDERS more orders (1,000 by default) of the demo client, made
// through the real checkout and work functions. Figures only: nothing is asserted.
import { createSession } from "@hunar/auth/session";
import { SESSION_COOKIE } from "@hunar/auth/cookie";
import { createDb, disposeDb } from "@hunar/db/client";
import { DEMO_LOGINS } from "@hunar/db/seed";
import { withScratchDatabase } from "@hunar/db/testing/scratch-database";
import { buildBusyClient } from "./busy-client.ts";
import { load, printTable, type LoadResult } from "./load.ts";
import { startApp, startFixture, stop } from "./processes.ts";

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const orders = Number(process.env.BENCH_ORDERS ?? 1_000);
const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const port = 3205;

const rows: LoadResult[] = [];
const bare = await startFixture("./bare-react-router.tsx", 3202);
try {
  rows.push(await load("bare React Router route", "http://127.0.0.1:3202/", seconds));
} finally {
  await stop(bare);
}

await withScratchDatabase(serverUrl, "orders", async (_migrated, url) => {
  const app = await startApp(port, { DATABASE_URL: url, SEED_DEMO: "1" });
  // The app seeded the demo data through its own connection; this one adds the orders.
  const db = await createDb({ kind: "postgres", url });
  try {
    console.log(`Placing ${orders.toLocaleString("en")} orders for ${DEMO_LOGINS.client} through checkout, payment and delivery ...`);
    const started = performance.now();
    const busy = await buildBusyClient(db, DEMO_LOGINS.client, orders);
    console.log(`... done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    await db.$executeRawUnsafe("VACUUM ANALYZE");
    const sold = await db.order.groupBy({ by: ["freelancerId"], _count: true, orderBy: { _count: { freelancerId: "desc" } }, take: 1 });
    const freelancerId = sold[0]?.freelancerId;
    if (!freelancerId) throw new Error("no freelancer sold anything");
    const cookie = async (userId: string) => `${SESSION_COOKIE}=${(await createSession(db, userId)).token}`;
    const asClient = { headers: { cookie: await cookie(busy.clientId) } };
    const asFreelancer = { headers: { cookie: await cookie(freelancerId) } };
    const origin = `http://127.0.0.1:${port}`;
    const bought = await db.order.count({ where: { clientId: busy.clientId } });
    const soldCount = sold[0]?._count ?? 0;

    rows.push(
      await load(`/orders/<id> (rotating over ${busy.orderIds.length})`, origin, seconds, {
        ...asClient,
        paths: busy.orderIds.map((id) => `/orders/${id}?lng=en`),
      }),
      await load(`/orders (My orders, ${bought} bought)`, `${origin}/orders?side=client&lng=en`, seconds, asClient),
      await load(`/orders?filter=completed (${bought} bought)`, `${origin}/orders?side=client&filter=completed&lng=en`, seconds, asClient),
      await load(`/orders?side=freelancer (${soldCount} sold)`, `${origin}/orders?side=freelancer&lng=en`, seconds, asFreelancer),
    );
  } finally {
    await disposeDb(db);
    await stop(app);
  }
});

printTable(`Signed-in order pages on PostgreSQL, 50 connections, ${seconds} s each (after a 2 s warm-up)`, rows);
