import type { Db } from "@hunar/db/types";
import { revealDueReviews } from "../reviews/reveal-due-reviews.ts";
import { autoCompleteDue } from "./auto-complete-due.ts";
import { warnAutoComplete } from "./warn-auto-complete.ts";

export interface OrderTimerSweep {
  autoCompleted: number;
  warned: number;
  reviewsRevealed: number;
}

export type SweepStep = "warn" | "autoComplete" | "revealReviews";

export interface SweepOptions {
  limit?: number;
  /** One order that could not be completed; the others go on. */
  onError?: (orderId: string, error: unknown) => void;
  /**
   * A whole step that failed (its database work timed out, say); the other steps still run.
   * Without it the failure is thrown once every step has run.
   */
  onStepError?: (step: SweepStep, error: unknown) => void;
}

/**
 * One pass over every timer of an order's life, as of `now`: deliveries nobody answered complete
 * (and release the escrow), clients whose order completes within a day are warned, and review
 * windows that closed reveal their reviews. Each step claims its rows with SKIP LOCKED and rechecks
 * them under the order lock, so several processes may sweep at once and a second pass over the
 * same moment does nothing. Warnings go first: an order completing in this pass was warned before.
 * A step that fails does not keep the others from running: a stuck warning must not stop
 * escrow from being released.
 */
export async function sweepOrderTimers(db: Db, now: Date, options: SweepOptions = {}): Promise<OrderTimerSweep> {
  const limit = options.limit ? { limit: options.limit } : {};
  const failures: unknown[] = [];
  const step = async <T>(name: SweepStep, run: () => Promise<T>, none: T): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      if (options.onStepError) options.onStepError(name, error);
      else failures.push(error);
      return none;
    }
  };
  const warned = await step("warn", () => warnAutoComplete(db, now, limit), 0);
  const autoCompleted = await step(
    "autoComplete",
    () => autoCompleteDue(db, now, { ...limit, ...(options.onError ? { onError: options.onError } : {}) }),
    0,
  );
  const reviewsRevealed = await step("revealReviews", async () => (await revealDueReviews(db, now, limit)).reviews, 0);
  if (failures.length > 0) throw new AggregateError(failures, `order timer sweep: ${failures.length} step(s) failed`);
  return { autoCompleted, warned, reviewsRevealed };
}
