import { Prisma, type LedgerAccountType, type Tx } from "@hunar/db/types";
import { type AccountRef, accountKey, isEntryOnly } from "./accounts.ts";

export interface PostingAccount {
  id: string;
  key: string;
  type: LedgerAccountType;
  /**
   * The cached balance, read under the row lock; null for an entry-only account (platform,
   * outside world), which is neither locked nor cached.
   */
  balancePaisa: bigint | null;
}

function ownerOf(ref: AccountRef): { ownerUserId: string | null; ownerOrderId: string | null } {
  if ("userId" in ref) return { ownerUserId: ref.userId, ownerOrderId: null };
  if ("orderId" in ref) return { ownerUserId: null, ownerOrderId: ref.orderId };
  return { ownerUserId: null, ownerOrderId: null };
}

/**
 * Creates the accounts that do not exist yet (INSERT ... ON CONFLICT DO NOTHING, so a concurrent
 * creator is harmless), reads the entry-only accounts' ids without a lock, then locks every
 * customer account touched in key order. Every posting takes its locks in the same global order,
 * so two postings over overlapping accounts queue behind each other instead of deadlocking; the
 * platform and outside-world accounts are never locked, so postings that only share those run
 * side by side. Returns the accounts by key, customer balances read under the lock.
 */
export async function lockAccounts(tx: Tx, refs: AccountRef[]): Promise<Map<string, PostingAccount>> {
  const byKey = new Map<string, AccountRef>();
  for (const ref of refs) byKey.set(accountKey(ref), ref);
  const keys = [...byKey.keys()].sort();

  await tx.ledgerAccount.createMany({
    data: keys.map((key) => {
      const ref = byKey.get(key) as AccountRef;
      return { key, type: ref.type, ...ownerOf(ref) };
    }),
    skipDuplicates: true,
  });

  const entryOnly = keys.filter((key) => isEntryOnly((byKey.get(key) as AccountRef).type));
  const customer = keys.filter((key) => !isEntryOnly((byKey.get(key) as AccountRef).type));
  const accounts = new Map<string, PostingAccount>();
  if (entryOnly.length > 0) {
    // Read before taking any lock, so it adds nothing to the time the customer rows stay locked.
    const rows = await tx.$queryRaw<{ id: string; key: string; type: LedgerAccountType }[]>`
      SELECT id, key, type::text AS type FROM "LedgerAccount" WHERE key IN (${Prisma.join(entryOnly)})`;
    for (const row of rows) accounts.set(row.key, { ...row, balancePaisa: null });
  }
  if (customer.length > 0) {
    const rows = await tx.$queryRaw<{ id: string; key: string; type: LedgerAccountType; balancePaisa: bigint }[]>`
      SELECT id, key, type::text AS type, "balancePaisa"
      FROM "LedgerAccount" WHERE key IN (${Prisma.join(customer)})
      ORDER BY key FOR UPDATE`;
    for (const row of rows) accounts.set(row.key, { ...row, balancePaisa: BigInt(row.balancePaisa) });
  }
  return accounts;
}
