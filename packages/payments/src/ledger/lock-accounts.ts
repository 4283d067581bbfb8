import { Prisma, type LedgerAccountType, type Tx } from "@hunar/db/types";
import { type AccountRef, accountKey } from "./accounts.ts";

export interface LockedAccount {
  id: string;
  key: string;
  type: LedgerAccountType;
  balancePaisa: bigint;
}

function ownerOf(ref: AccountRef): { ownerUserId: string | null; ownerOrderId: string | null } {
  if ("userId" in ref) return { ownerUserId: ref.userId, ownerOrderId: null };
  if ("orderId" in ref) return { ownerUserId: null, ownerOrderId: ref.orderId };
  return { ownerUserId: null, ownerOrderId: null };
}

/**
 * Creates the accounts that do not exist yet (INSERT ... ON CONFLICT DO NOTHING, so a concurrent
 * creator is harmless), then locks every touched account row in key order. Every posting takes
 * its locks in the same global order, so two postings over overlapping accounts queue behind
 * each other instead of deadlocking. Returns the locked rows by key, with balances read under
 * the lock.
 */
export async function lockAccounts(tx: Tx, refs: AccountRef[]): Promise<Map<string, LockedAccount>> {
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

  const rows = await tx.$queryRaw<LockedAccount[]>`
    SELECT id, key, type::text AS type, "balancePaisa"
    FROM "LedgerAccount" WHERE key IN (${Prisma.join(keys)})
    ORDER BY key FOR UPDATE`;
  return new Map(rows.map((row) => [row.key, { ...row, balancePaisa: BigInt(row.balancePaisa) }]));
}
