import { Prisma, type Tx } from "@hunar/db/types";

/**
 * Writes a transaction's entries and adds the net changes to the cached balances (customer
 * accounts only; entry-only accounts keep none) in a single statement (a data-modifying CTE). The
 * posting's account locks are held until commit, so every round trip saved here is time that
 * other postings to the same busy accounts (a busy client's wallet or freelancer) do not spend
 * waiting. Entries take their transaction's timestamp.
 */
export async function writeEntries(
  tx: Tx,
  transactionId: string,
  entries: { accountId: string; amountPaisa: bigint }[],
  changes: { accountId: string; changePaisa: bigint }[],
): Promise<void> {
  const rows = Prisma.join(entries.map((e) => Prisma.sql`(${e.accountId}, ${e.amountPaisa}::bigint)`));
  const insert = Prisma.sql`
    INSERT INTO "LedgerEntry" (id, "transactionId", "accountId", "amountPaisa", "createdAt")
    SELECT gen_random_uuid()::text, t.id, v."accountId", v.amount, t."createdAt"
    FROM "LedgerTransaction" t, (VALUES ${rows}) AS v("accountId", amount)
    WHERE t.id = ${transactionId}`;
  if (changes.length === 0) {
    await tx.$executeRaw`${insert}`;
    return;
  }
  const deltas = Prisma.join(changes.map((c) => Prisma.sql`(${c.accountId}, ${c.changePaisa}::bigint)`));
  await tx.$executeRaw`
    WITH entries AS (${insert})
    UPDATE "LedgerAccount" AS a SET "balancePaisa" = a."balancePaisa" + d.change
    FROM (VALUES ${deltas}) AS d(id, change) WHERE a.id = d.id`;
}
