import { expect } from "vitest";
import { ENTRY_ONLY_TYPES } from "../ledger/accounts.ts";
import { findBalanceMismatches, getAccountBalance } from "../ledger/balances.ts";
import { findUnbalancedTransactions, ledgerTotal } from "../ledger/integrity.ts";
import { escrowKey, type MoneyWorld, REVENUE } from "./money-world.ts";

/**
 * Every guarantee the ledger makes, checked against the database: money is neither made nor
 * lost, every transaction balances, no customer account is below zero and neither is platform
 * revenue (overall and per order), cached balances equal their entries, replayed keys were posted
 * once, every balance is what the model expects and every order's escrow is what was funded
 * minus what was released and refunded.
 */
export async function checkLedger(world: MoneyWorld): Promise<void> {
  const { db } = world;
  expect(await ledgerTotal(db)).toBe(0n);
  expect(await findUnbalancedTransactions(db)).toEqual([]);
  expect(await findBalanceMismatches(db)).toEqual([]);
  const negative = await db.ledgerAccount.findMany({
    where: { type: { notIn: [...ENTRY_ONLY_TYPES] }, balancePaisa: { lt: 0 } },
    select: { key: true, balancePaisa: true },
  });
  expect(negative).toEqual([]);
  // Revenue is neither locked nor checked by postTransaction: it stays >= 0 by construction, because
  // it is debited only to hand a client fee back to the order that paid it (ADR 008). Both halves:
  expect(await getAccountBalance(db, { type: "PLATFORM_REVENUE" })).toBeGreaterThanOrEqual(0n);
  expect(await revenueDebitsBeyondTheirOrder(world)).toEqual([]);
  for (const key of world.replayedKeys) {
    expect(await db.ledgerTransaction.count({ where: { idempotencyKey: key } })).toBe(1);
  }
  const keys = [...world.expected.keys()];
  const actual = new Map(
    (await db.ledgerAccount.findMany({ where: { key: { in: keys } }, select: { key: true, balancePaisa: true } })).map((a) => [
      a.key,
      a.balancePaisa,
    ]),
  );
  // Entry-only accounts keep no cache: what counts is the sum of their entries.
  actual.set(REVENUE, await getAccountBalance(db, { type: "PLATFORM_REVENUE" }));
  for (const key of keys) expect({ key, balance: actual.get(key) ?? 0n }).toEqual({ key, balance: world.expected.get(key) });
  for (const order of world.orders) {
    const held =
      (await db.ledgerAccount.findUnique({ where: { key: escrowKey(order.id) }, select: { balancePaisa: true } }))?.balancePaisa ?? 0n;
    expect({ order: order.id, held }).toEqual({ order: order.id, held: order.funded - order.released - order.refunded });
  }
}

/**
 * Orders of this world whose revenue entries add up below zero (more fee handed back than the
 * order paid), and revenue debits that belong to no order at all; both empty when revenue's
 * non-negativity holds by construction.
 */
async function revenueDebitsBeyondTheirOrder(world: MoneyWorld): Promise<{ orderId: string | null; revenuePaisa: bigint }[]> {
  const orderIds = world.orders.map((o) => o.id);
  const rows = await world.db.$queryRaw<{ orderId: string | null; revenuePaisa: bigint }[]>`
    SELECT t."orderId", sum(e."amountPaisa")::bigint AS "revenuePaisa"
    FROM "LedgerEntry" e
    JOIN "LedgerAccount" a ON a.id = e."accountId"
    JOIN "LedgerTransaction" t ON t.id = e."transactionId"
    WHERE a.type = 'PLATFORM_REVENUE'
      AND (t."orderId" IS NULL AND e."amountPaisa" < 0 OR t."orderId" = ANY(${orderIds}))
    GROUP BY t."orderId"
    HAVING sum(e."amountPaisa") < 0`;
  return rows.map((row) => ({ orderId: row.orderId, revenuePaisa: BigInt(row.revenuePaisa) }));
}
