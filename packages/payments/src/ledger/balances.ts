import { type Db, Prisma, type Tx } from "@hunar/db/types";
import { type AccountRef, accountKey, ENTRY_ONLY_TYPES, isEntryOnly } from "./accounts.ts";

export interface UserBalances {
  /** CLIENT_BALANCE: prepaid funds the user can spend on orders. */
  wallet: bigint;
  /** FREELANCER_PENDING: released earnings still in the clearance period. */
  pending: bigint;
  /** FREELANCER_AVAILABLE: earnings that may be withdrawn. */
  available: bigint;
  /** PAYOUT_CLEARING: requested payouts not yet sent. */
  clearing: bigint;
}

/**
 * Balances come from the cached balancePaisa, written in the same transaction as the entries
 * (see ADR 008); findBalanceMismatches proves the cache equals the sum of entries. An account
 * that was never posted to does not exist yet and reads as zero.
 */
export async function getUserBalances(db: Db | Tx, userId: string): Promise<UserBalances> {
  const accounts = await db.ledgerAccount.findMany({
    where: {
      ownerUserId: userId,
      type: { in: ["CLIENT_BALANCE", "FREELANCER_PENDING", "FREELANCER_AVAILABLE", "PAYOUT_CLEARING"] },
    },
    select: { type: true, balancePaisa: true },
  });
  const of = (type: string) => accounts.find((a) => a.type === type)?.balancePaisa ?? 0n;
  return {
    wallet: of("CLIENT_BALANCE"),
    pending: of("FREELANCER_PENDING"),
    available: of("FREELANCER_AVAILABLE"),
    clearing: of("PAYOUT_CLEARING"),
  };
}

/**
 * A customer account's cached balance; for an entry-only account (platform revenue, the outside
 * world), which keeps no cache, the sum of its entries, read through the
 * LedgerEntry (accountId, createdAt) index.
 */
export async function getAccountBalance(db: Db | Tx, ref: AccountRef): Promise<bigint> {
  if (isEntryOnly(ref.type)) {
    const [row] = await db.$queryRaw<{ total: bigint }[]>`
      SELECT COALESCE(sum(e."amountPaisa"), 0)::bigint AS total
      FROM "LedgerAccount" a JOIN "LedgerEntry" e ON e."accountId" = a.id
      WHERE a.key = ${accountKey(ref)}`;
    return BigInt(row?.total ?? 0n);
  }
  const account = await db.ledgerAccount.findUnique({ where: { key: accountKey(ref) }, select: { balancePaisa: true } });
  return account?.balancePaisa ?? 0n;
}

export interface BalanceMismatch {
  key: string;
  cachedPaisa: bigint;
  entriesPaisa: bigint;
}

/**
 * Customer accounts whose cached balance differs from the sum of their entries; empty when all
 * is well. Entry-only accounts keep no cache (their balance is always the sum), so there is
 * nothing of theirs to compare.
 */
export async function findBalanceMismatches(db: Db | Tx): Promise<BalanceMismatch[]> {
  const rows = await db.$queryRaw<BalanceMismatch[]>`
    SELECT a.key, a."balancePaisa" AS "cachedPaisa", COALESCE(e.total, 0)::bigint AS "entriesPaisa"
    FROM "LedgerAccount" a
    LEFT JOIN (SELECT "accountId", sum("amountPaisa") AS total FROM "LedgerEntry" GROUP BY "accountId") e
      ON e."accountId" = a.id
    WHERE a.type::text NOT IN (${Prisma.join(ENTRY_ONLY_TYPES)}) AND a."balancePaisa" <> COALESCE(e.total, 0)
    ORDER BY a.key`;
  return rows.map((row) => ({ key: row.key, cachedPaisa: BigInt(row.cachedPaisa), entriesPaisa: BigInt(row.entriesPaisa) }));
}
