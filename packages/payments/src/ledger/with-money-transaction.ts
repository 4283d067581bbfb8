import { setTimeout as sleep } from "node:timers/promises";
import { AppError } from "@hunar/core/app-error";
import type { Db, Tx } from "@hunar/db/types";
import { isRetryableMoneyError } from "./retryable-error.ts";

export interface MoneyTransactionOptions {
  /** Attempts in all, the first included. */
  attempts?: number;
  /** Milliseconds the whole transaction may take. */
  timeout?: number;
}

const DEFAULT_ATTEMPTS = 5;
const BASE_DELAY_MS = 15;

/**
 * Runs fn in one interactive transaction (READ COMMITTED; the ledger's row locks give the
 * ordering) and runs it again, a bounded number of times, when PostgreSQL aborts it for a
 * deadlock or serialization failure, or when a concurrent posting of the same idempotency key
 * won the insert: the rerun sees that row and replays. The delay grows and is jittered so
 * colliding requests do not collide again in lockstep. fn must be safe to rerun: it gets a fresh
 * transaction each time and nothing from a failed attempt survives.
 */
export async function withMoneyTransaction<T>(db: Db, fn: (tx: Tx) => Promise<T>, options: MoneyTransactionOptions = {}): Promise<T> {
  const attempts = options.attempts ?? DEFAULT_ATTEMPTS;
  for (let attempt = 1; ; attempt += 1) {
    try {
      // maxWait: under load the pool may be busy for a while; waiting beats failing a payment.
      return await db.$transaction(fn, { maxWait: 10_000, timeout: options.timeout ?? 20_000 });
    } catch (error) {
      if (!isRetryableMoneyError(error)) throw error;
      // Still colliding after every attempt: a clear "try again" rather than a server error.
      if (attempt >= attempts) throw new AppError("CONFLICT", "payments:errors.ledger.busy", { cause: error });
      const ceiling = BASE_DELAY_MS * 2 ** (attempt - 1);
      await sleep(ceiling / 2 + Math.random() * ceiling);
    }
  }
}
