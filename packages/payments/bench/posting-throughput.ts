import type { Db } from "@hunar/db/client";
import { fundEscrow } from "../src/escrow/fund-escrow.ts";
import { withMoneyTransaction } from "../src/ledger/with-money-transaction.ts";
import { createPendingOrders, createPeople, runPool } from "./bench-world.ts";
import { ms, percentile } from "@hunar/core/bench/measure";

/** What the ledger must sustain at 16 clients on PostgreSQL (the performance issue's target). */
export const GOAL_POSTINGS_PER_SECOND = 1_000;

/**
 * Postings per second of the commonest money movement, paying an order from the wallet
 * (CLIENT_BALANCE -> ORDER_ESCROW + PLATFORM_REVENUE, with the order row lock and status change),
 * at 1, 4 and 16 concurrent clients. Every order is a separate order; a fifth of them belong
 * to four busy clients, so their wallets are contended, and every posting touches the one
 * platform revenue account.
 */
export async function benchPostingThroughput(db: Db, total: number): Promise<string[][]> {
  const clients = await createPeople(db, "client", 200);
  const freelancers = await createPeople(db, "freelancer", 50);
  const rows: string[][] = [];
  const stages = [
    { concurrency: 1, postings: Math.max(50, Math.round(total * 0.1)) },
    { concurrency: 4, postings: Math.max(100, Math.round(total * 0.2)) },
    { concurrency: 16, postings: Math.max(200, Math.round(total * 0.7)) },
  ];
  for (const stage of stages) {
    const pairs = Array.from({ length: stage.postings }, (_, i) => ({
      clientId: (i % 5 === 0 ? clients[i % 4] : clients[(i * 31) % clients.length]) as string,
      freelancerId: freelancers[(i * 17) % freelancers.length] as string,
    }));
    const orders = await createPendingOrders(db, `c${stage.concurrency}`, pairs);
    const started = performance.now();
    const { latencies, failures } = await runPool(orders, stage.concurrency, (order) =>
      withMoneyTransaction(db, async (tx) => {
        // The status write orders' startPaidOrder makes under the same lock, before the posting.
        await tx.order.update({ where: { id: order.id }, data: { status: "IN_PROGRESS", fundedAt: new Date() } });
        await fundEscrow(tx, { orderId: order.id, actorId: order.clientId });
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    rows.push([
      String(stage.concurrency),
      String(latencies.length),
      String(failures.length),
      seconds.toFixed(2),
      (latencies.length / seconds).toFixed(0),
      ms(percentile(latencies, 0.5)),
      ms(percentile(latencies, 0.95)),
      ms(latencies.at(-1) ?? 0),
      stage.concurrency === 16 ? `>= ${GOAL_POSTINGS_PER_SECOND.toLocaleString("en")} postings/s` : "",
    ]);
    if (failures.length > 0) console.log(`  ${failures.length} failures at ${stage.concurrency} clients, first:`, failures[0]);
  }
  return rows;
}
