import type { Db } from "@hunar/db/client";
import { calculateFees } from "../src/fees/calculate-fees.ts";
import { postTransaction } from "../src/ledger/post-transaction.ts";
import { withMoneyTransaction } from "../src/ledger/with-money-transaction.ts";
import { ensureFeeSchedule } from "../src/testing/payment-fixtures.ts";

export interface BenchOrder {
  id: string;
  clientId: string;
  freelancerId: string;
}

/** `count` people in one insert; returns their ids in order. */
export async function createPeople(db: Db, prefix: string, count: number): Promise<string[]> {
  const data = Array.from({ length: count }, (_, i) => ({
    id: `${prefix}-${i}`,
    email: `${prefix}-${i}@bench.hunar.test`,
    passwordHash: "bench",
    displayName: `${prefix} ${i}`,
  }));
  await db.user.createMany({ data });
  return data.map((u) => u.id);
}

/**
 * Orders waiting for payment, with realistic prices (Rs 1,500 to Rs 60,000) and the schedule in
 * force snapshotted, and each client's wallet credited with what their orders cost (one funding
 * per client, as a confirmed bank transfer would).
 */
export async function createPendingOrders(
  db: Db,
  prefix: string,
  pairs: { clientId: string; freelancerId: string }[],
): Promise<BenchOrder[]> {
  const schedule = await ensureFeeSchedule(db);
  const owed = new Map<string, bigint>();
  const data = pairs.map((pair, i) => {
    const fees = calculateFees(150_000 + ((i * 7_919) % 5_850_000), schedule);
    owed.set(pair.clientId, (owed.get(pair.clientId) ?? 0n) + BigInt(fees.totalPaisa));
    return {
      id: `${prefix}-${i}`,
      source: "OFFER" as const,
      ...pair,
      title: "Bench order",
      ...fees,
      feeScheduleId: schedule.id,
      freelancerFeeBps: schedule.freelancerFeeBps,
      clientFeeBps: schedule.clientFeeBps,
      minimumFeePaisa: schedule.minimumFeePaisa,
      clearanceDays: schedule.clearanceDays,
      deliveryDays: 5,
    };
  });
  for (let i = 0; i < data.length; i += 1_000) {
    await db.order.createMany({ data: data.slice(i, i + 1_000).map(({ freelancerNetPaisa: _net, ...order }) => order) });
  }
  for (const [clientId, amount] of owed) {
    await withMoneyTransaction(db, (tx) =>
      postTransaction(tx, {
        idempotencyKey: `bench-funding:${prefix}:${clientId}`,
        kind: "FUNDING_CONFIRMED",
        lines: [
          { account: { type: "EXTERNAL_FUNDING" }, amountPaisa: -amount },
          { account: { type: "CLIENT_BALANCE", userId: clientId }, amountPaisa: amount },
        ],
      }),
    );
  }
  return data.map(({ id, clientId, freelancerId }) => ({ id, clientId, freelancerId }));
}

/** Runs `work` over the items with `concurrency` workers; per-item latencies in ms. */
export async function runPool<T>(
  items: T[],
  concurrency: number,
  work: (item: T) => Promise<unknown>,
): Promise<{ latencies: number[]; failures: unknown[] }> {
  const latencies: number[] = [];
  const failures: unknown[] = [];
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next] as T;
      next += 1;
      const started = performance.now();
      try {
        await work(item);
        latencies.push(performance.now() - started);
      } catch (error) {
        failures.push(error);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { latencies, failures };
}
