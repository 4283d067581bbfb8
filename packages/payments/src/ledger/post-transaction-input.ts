import { AppError } from "@hunar/core/app-error";
import type { LedgerTransactionKind } from "@hunar/db/types";
import type { AccountRef } from "./accounts.ts";

export interface PostingLine {
  account: AccountRef;
  /** Signed paisa: positive raises the balance the platform reports for the account. */
  amountPaisa: bigint;
}

export interface PostTransactionInput {
  /** Same key, same kind: the posting already happened and nothing moves again. */
  idempotencyKey: string;
  kind: LedgerTransactionKind;
  lines: PostingLine[];
  createdById?: string | null;
  orderId?: string | null;
  milestoneId?: string | null;
  disputeId?: string | null;
  payoutRequestId?: string | null;
  fundingRequestId?: string | null;
  clearsAt?: Date | null;
  memo?: string | null;
  /**
   * When the movement happened, for backdated history (demo data, imports); defaults to the
   * database clock. Statements group by it.
   */
  postedAt?: Date;
}

const MAX_KEY_LENGTH = 200;

/**
 * Rejects a posting that could never be valid before anything is locked or written. A bad line
 * is a bug in the calling domain function, not user input, but it is still reported as a typed
 * error so it cannot become a half-written transaction.
 */
export function assertValidPosting(input: PostTransactionInput): void {
  const key = input.idempotencyKey;
  if (typeof key !== "string" || key.trim() === "" || key.length > MAX_KEY_LENGTH) {
    throw new AppError("BAD_INPUT", "payments:errors.ledger.invalidIdempotencyKey");
  }
  if (!Array.isArray(input.lines) || input.lines.length < 2) {
    throw new AppError("BAD_INPUT", "payments:errors.ledger.tooFewLines");
  }
  let sum = 0n;
  for (const line of input.lines) {
    // typeof guards callers that slip a number (or a Decimal) past the type checker.
    if (typeof line.amountPaisa !== "bigint" || line.amountPaisa === 0n) {
      throw new AppError("BAD_INPUT", "payments:errors.ledger.invalidAmount");
    }
    sum += line.amountPaisa;
  }
  if (sum !== 0n) {
    throw new AppError("INVALID_STATE", "payments:errors.ledger.unbalanced");
  }
}
