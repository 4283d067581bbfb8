import type { Db, Tx } from "@hunar/db/types";

/**
 * Transactions whose entries do not sum to zero, or that have fewer than two entries. postTransaction
 * cannot write one; tests and the property test check it anyway, because an append-only
 * ledger that ever breaks this rule cannot be repaired by recomputing anything.
 */
export async function findUnbalancedTransactions(db: Db | Tx): Promise<{ idempotencyKey: string; sumPaisa: bigint }[]> {
  const rows = await db.$queryRaw<{ idempotencyKey: string; sumPaisa: bigint }[]>`
    SELECT t."idempotencyKey", COALESCE(sum(e."amountPaisa"), 0)::bigint AS "sumPaisa"
    FROM "LedgerTransaction" t LEFT JOIN "LedgerEntry" e ON e."transactionId" = t.id
    GROUP BY t.id
    HAVING COALESCE(sum(e."amountPaisa"), 0) <> 0 OR count(e.id) < 2`;
  return rows.map((row) => ({ idempotencyKey: row.idempotencyKey, sumPaisa: BigInt(row.sumPaisa) }));
}

/** The sum of every entry in the ledger: zero, always (money is neither made nor lost). */
export async function ledgerTotal(db: Db | Tx): Promise<bigint> {
  const [row] = await db.$queryRaw<{ total: bigint }[]>`SELECT COALESCE(sum("amountPaisa"), 0)::bigint AS total FROM "LedgerEntry"`;
  return BigInt(row?.total ?? 0n);
}
