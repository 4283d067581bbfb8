import { AppError } from "@hunar/core/app-error";
import type { Tx } from "@hunar/db/types";
import { assertValidPosting, type PostTransactionInput } from "./post-transaction-input.ts";
import { runPostingStatement } from "./posting-statement.ts";
import { isBalanceCheckViolation } from "./retryable-error.ts";

export type { PostingLine, PostTransactionInput } from "./post-transaction-input.ts";

// A rerun sees every account committed before it began; a second race on the same first-ever
// creation of a platform account is not a thing that happens, a third is a bug.
const MAX_STATEMENT_RUNS = 3;

/**
 * Writes one balanced ledger transaction inside the caller's database transaction, so the money
 * moves together with whatever state change caused it (or not at all).
 *
 * One statement claims the idempotency key, then creates or locks the customer accounts in key
 * order and moves their cached balances, then writes the entries (runPostingStatement). The key
 * comes first, so a concurrent twin of this posting waits on it and replays rather than finding
 * the balance it spent; the database's CHECK constraint refuses a customer balance below zero
 * (insufficientFunds: the transaction is aborted, nothing is written). Platform revenue and the
 * external accounts are never locked, so postings that share only them run side by side.
 */
export async function postTransaction(tx: Tx, input: PostTransactionInput): Promise<{ transactionId: string; replayed: boolean }> {
  assertValidPosting(input);
  for (let run = 1; ; run += 1) {
    let outcome;
    try {
      outcome = await runPostingStatement(tx, input);
    } catch (error) {
      if (isBalanceCheckViolation(error)) throw new AppError("CONFLICT", "payments:errors.ledger.insufficientFunds", { cause: error });
      throw error;
    }
    if (outcome.transactionId) return { transactionId: outcome.transactionId, replayed: false };
    if (outcome.accountsResolved) return replay(tx, input);
    if (run >= MAX_STATEMENT_RUNS) throw new Error(`ledger accounts for ${input.idempotencyKey} could not be resolved`);
  }
}

/** The key was taken: by this same movement (a replay) or, wrongly, by a different kind of posting. */
async function replay(tx: Tx, input: PostTransactionInput): Promise<{ transactionId: string; replayed: boolean }> {
  const existing = await tx.ledgerTransaction.findUnique({
    where: { idempotencyKey: input.idempotencyKey },
    select: { id: true, kind: true },
  });
  if (!existing) throw new Error(`ledger transaction ${input.idempotencyKey} claimed but not visible`);
  if (existing.kind !== input.kind) throw new AppError("CONFLICT", "payments:errors.ledger.idempotencyKeyReused");
  return { transactionId: existing.id, replayed: true };
}
