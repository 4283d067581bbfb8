import { AppError } from "@hunar/core/app-error";
import type { Tx } from "@hunar/db/types";
import { accountKey, mayGoNegative } from "./accounts.ts";
import { lockAccounts } from "./lock-accounts.ts";
import { assertValidPosting, type PostTransactionInput } from "./post-transaction-input.ts";
import { writeEntries } from "./write-entries.ts";

export type { PostingLine, PostTransactionInput } from "./post-transaction-input.ts";

/**
 * Writes one balanced ledger transaction inside the caller's database transaction, so the money
 * moves together with whatever state change caused it (or not at all).
 *
 * Order matters: validate, create the accounts and lock the customer ones (key order), and only
 * then look up the idempotency key. A concurrent poster of the same key holds the same account
 * locks, so by the time we hold them its transaction has committed (we see its row: a replay) or
 * rolled back (we post). Balances are read under the locks, so the "never below zero" check
 * cannot be raced. A posting that touches only entry-only accounts (platform, outside world)
 * takes no lock: if a twin commits first, the key's unique index refuses our insert and
 * withMoneyTransaction's rerun finds the twin's row and replays.
 */
export async function postTransaction(tx: Tx, input: PostTransactionInput): Promise<{ transactionId: string; replayed: boolean }> {
  assertValidPosting(input);
  const accounts = await lockAccounts(
    tx,
    input.lines.map((line) => line.account),
  );

  const existing = await tx.ledgerTransaction.findUnique({
    where: { idempotencyKey: input.idempotencyKey },
    select: { id: true, kind: true },
  });
  if (existing) {
    if (existing.kind !== input.kind) {
      throw new AppError("CONFLICT", "payments:errors.ledger.idempotencyKeyReused");
    }
    return { transactionId: existing.id, replayed: true };
  }

  // Net change per account: one posting may touch an account twice.
  const delta = new Map<string, bigint>();
  for (const line of input.lines) {
    const key = accountKey(line.account);
    delta.set(key, (delta.get(key) ?? 0n) + line.amountPaisa);
  }
  const cachedChanges: { accountId: string; changePaisa: bigint }[] = [];
  for (const [key, change] of delta) {
    const account = accounts.get(key);
    if (!account) throw new Error(`ledger account ${key} was not created`);
    // Entry-only accounts (platform, outside world) have no cached balance to check or update:
    // the external ones may go either way, and revenue stays >= 0 by construction (ADR 008).
    if (account.balancePaisa === null || change === 0n) continue;
    if (!mayGoNegative(account.type) && account.balancePaisa + change < 0n) {
      throw new AppError("CONFLICT", "payments:errors.ledger.insufficientFunds");
    }
    cachedChanges.push({ accountId: account.id, changePaisa: change });
  }

  const created = await tx.ledgerTransaction.create({
    data: {
      idempotencyKey: input.idempotencyKey,
      kind: input.kind,
      createdById: input.createdById ?? null,
      orderId: input.orderId ?? null,
      milestoneId: input.milestoneId ?? null,
      disputeId: input.disputeId ?? null,
      payoutRequestId: input.payoutRequestId ?? null,
      fundingRequestId: input.fundingRequestId ?? null,
      clearsAt: input.clearsAt ?? null,
      memo: input.memo ?? null,
      ...(input.postedAt ? { createdAt: input.postedAt } : {}),
    },
    select: { id: true, createdAt: true },
  });
  const idOf = (key: string) => (accounts.get(key) as { id: string }).id;
  await writeEntries(
    tx,
    created.id,
    input.lines.map((line) => ({ accountId: idOf(accountKey(line.account)), amountPaisa: line.amountPaisa })),
    cachedChanges,
  );
  return { transactionId: created.id, replayed: false };
}
