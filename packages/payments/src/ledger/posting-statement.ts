import { Prisma, type Tx } from "@hunar/db/types";
import { accountKey, type AccountRef, isEntryOnly } from "./accounts.ts";
import type { PostTransactionInput } from "./post-transaction-input.ts";

export interface PostingOutcome {
  /** The new transaction's id; null when nothing was written. */
  transactionId: string | null;
  /** False when an entry-only account was created by a concurrent posting after this statement began. */
  accountsResolved: boolean;
}

function ownerOf(ref: AccountRef): { userId: string | null; orderId: string | null } {
  if ("userId" in ref) return { userId: ref.userId, orderId: null };
  if ("orderId" in ref) return { userId: null, orderId: ref.orderId };
  return { userId: null, orderId: null };
}

/** Net change per account, in key order (the order customer accounts are locked in). */
function accountChanges(input: PostTransactionInput) {
  const byKey = new Map<string, { ref: AccountRef; change: bigint }>();
  for (const line of input.lines) {
    const key = accountKey(line.account);
    const seen = byKey.get(key);
    byKey.set(key, { ref: line.account, change: (seen?.change ?? 0n) + line.amountPaisa });
  }
  return [...byKey].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * One posting as one SQL statement (data-modifying CTEs), so a posting costs a single round trip
 * and its account locks are held from this statement to the commit only.
 *
 * - The idempotency key is claimed first (INSERT ... ON CONFLICT DO NOTHING): a twin still in
 *   flight makes this wait on the key's unique index until it commits (nothing is inserted and
 *   the caller replays) or rolls back (this one posts). Nothing else is written without the key.
 * - Customer accounts are created or locked and moved in key order by one upsert, whose update
 *   always acts on the newest row version (no lost update under READ COMMITTED). A balance that
 *   would go below zero violates the table's CHECK constraint, which aborts the statement and
 *   with it the transaction: nothing is written.
 * - Entry-only accounts (platform, outside world) are created if missing but never locked or
 *   updated. One created by a concurrent posting after this statement's snapshot is invisible
 *   here; then no key is claimed, nothing is written, and the caller runs the statement again.
 * Entries take the transaction's timestamp.
 */
export async function runPostingStatement(tx: Tx, input: PostTransactionInput): Promise<PostingOutcome> {
  const changes = accountChanges(input);
  const entryOnlyCount = changes.filter(([, c]) => isEntryOnly(c.ref.type)).length;
  const at = input.postedAt ?? new Date();
  const delta = Prisma.join(
    changes.map(([key, { ref, change }]) => {
      const owner = ownerOf(ref);
      const cached = !isEntryOnly(ref.type);
      return Prisma.sql`(${key}::text, ${ref.type}::text, ${owner.userId}::text, ${owner.orderId}::text, ${change}::bigint, ${cached}::boolean)`;
    }),
  );
  const lines = Prisma.join(input.lines.map((line) => Prisma.sql`(${accountKey(line.account)}::text, ${line.amountPaisa}::bigint)`));
  const rows = await tx.$queryRaw<{ transactionId: string | null; entryOnlyFound: number }[]>`
    WITH delta (key, type, "ownerUserId", "ownerOrderId", change, cached) AS (VALUES ${delta}),
    lines (key, amount) AS (VALUES ${lines}),
    -- The accounts this statement's snapshot knows, one index probe per key.
    known AS (SELECT d.key, d.cached, a.id FROM delta d LEFT JOIN "LedgerAccount" a ON a.key = d.key),
    new_entry_only AS (
      INSERT INTO "LedgerAccount" (id, key, type)
      SELECT gen_random_uuid()::text, d.key, d.type::"LedgerAccountType" FROM delta d JOIN known k ON k.key = d.key
      WHERE NOT d.cached AND k.id IS NULL
      ON CONFLICT (key) DO NOTHING
      RETURNING id, key),
    entry_only AS (
      SELECT id, key FROM known WHERE NOT cached AND id IS NOT NULL
      UNION ALL SELECT id, key FROM new_entry_only),
    posted AS (
      INSERT INTO "LedgerTransaction" (id, "idempotencyKey", kind, "createdById", "orderId", "milestoneId", "disputeId",
        "payoutRequestId", "fundingRequestId", "clearsAt", memo, "createdAt")
      SELECT gen_random_uuid()::text, ${input.idempotencyKey}, ${input.kind}::"LedgerTransactionKind", ${input.createdById ?? null},
        ${input.orderId ?? null}, ${input.milestoneId ?? null}, ${input.disputeId ?? null}, ${input.payoutRequestId ?? null},
        ${input.fundingRequestId ?? null}, ${input.clearsAt ?? null}::timestamp(3), ${input.memo ?? null}, ${at}::timestamp(3)
      WHERE (SELECT count(*) FROM entry_only) = ${entryOnlyCount}
      ON CONFLICT ("idempotencyKey") DO NOTHING
      RETURNING id),
    customer AS (
      INSERT INTO "LedgerAccount" AS a (id, key, type, "ownerUserId", "ownerOrderId", "balancePaisa")
      SELECT gen_random_uuid()::text, d.key, d.type::"LedgerAccountType", d."ownerUserId", d."ownerOrderId",
        -- The CHECK constraint applies to this proposed row before the conflict is found, so an
        -- account that exists proposes 0 and the update below adds the change. One that is new
        -- to this snapshot proposes the change itself: a debit of it is refused even if a
        -- concurrent credit created it meanwhile, as if this posting had come first.
        CASE WHEN k.id IS NULL THEN d.change ELSE 0 END
      FROM delta d JOIN known k ON k.key = d.key WHERE d.cached AND EXISTS (SELECT 1 FROM posted)
      ORDER BY d.key
      ON CONFLICT (key) DO UPDATE SET "balancePaisa" = a."balancePaisa" + (SELECT d.change FROM delta d WHERE d.key = EXCLUDED.key)
      RETURNING id, key),
    accounts AS (SELECT id, key FROM entry_only UNION ALL SELECT id, key FROM customer),
    entries AS (
      -- Every line finds its account (customer accounts come back from the upsert, entry-only ones
      -- were counted above); a missing one would be a NULL accountId, refused by NOT NULL.
      INSERT INTO "LedgerEntry" (id, "transactionId", "accountId", "amountPaisa", "createdAt")
      SELECT gen_random_uuid()::text, p.id, acc.id, l.amount, ${at}::timestamp(3)
      FROM posted p CROSS JOIN lines l LEFT JOIN accounts acc ON acc.key = l.key
      RETURNING 1)
    SELECT (SELECT id FROM posted) AS "transactionId", (SELECT count(*) FROM entry_only)::int AS "entryOnlyFound",
      (SELECT count(*) FROM entries)::int AS written`;
  const row = rows[0];
  return { transactionId: row?.transactionId ?? null, accountsResolved: (row?.entryOnlyFound ?? 0) === entryOnlyCount };
}
