import { expect } from "vitest";
import { findBalanceMismatches } from "../ledger/balances.ts";
import { findUnbalancedTransactions, ledgerTotal } from "../ledger/integrity.ts";
import { escrowKey, type MoneyWorld } from "./money-world.ts";

/**
 * Every guarantee the ledger makes, checked against the database: money is neither made nor
 * lost, every transaction balances, no customer account is below zero, cached balances equal
 * their entries, replayed keys were posted once, every balance is what the model expects and
 * every order's escrow is what was funded minus what was released and refunded.
 */
export async function checkLedger(world: MoneyWorld): Promise<void> {
  const { db } = world;
  expect(await ledgerTotal(db)).toBe(0n);
  expect(await findUnbalancedTransactions(db)).toEqual([]);
  expect(await findBalanceMismatches(db)).toEqual([]);
  const negative = await db.ledgerAccount.findMany({
    where: { type: { notIn: ["EXTERNAL_FUNDING", "EXTERNAL_PAYOUTS"] }, balancePaisa: { lt: 0 } },
    select: { key: true, balancePaisa: true },
  });
  expect(negative).toEqual([]);
  for (const key of world.replayedKeys) {
    expect(await db.ledgerTransaction.count({ where: { idempotencyKey: key } })).toBe(1);
  }
  const keys = [...world.expected.keys()];
  const actual = new Map(
    (await db.ledgerAccount.findMany({ where: { key: { in: keys } }, select: { key: true, balancePaisa: true } })).map((a) => [a.key, a.balancePaisa]),
  );
  for (const key of keys) expect({ key, balance: actual.get(key) ?? 0n }).toEqual({ key, balance: world.expected.get(key) });
  for (const order of world.orders) {
    const held = (await db.ledgerAccount.findUnique({ where: { key: escrowKey(order.id) }, select: { balancePaisa: true } }))?.balancePaisa ?? 0n;
    expect({ order: order.id, held }).toEqual({ order: order.id, held: order.funded - order.released - order.refunded });
  }
}
