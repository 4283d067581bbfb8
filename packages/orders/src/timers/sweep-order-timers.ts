import type { Db } from "@hunar/db/types";
import { revealDueReviews } from "../reviews/reveal-due-reviews.ts";
import { autoCompleteDue } from "./auto-complete-due.ts";
import { warnAutoComplete } from "./warn-auto-complete.ts";

export interface OrderTimerSweep {
  autoCompleted: number;
  warned: number;
  reviewsRevealed: number;
}

/**
 * One pass over every timer of an order's life, as of `now`: deliveries nobody answered complete
 * (and release the escrow), clients whose order completes within a day are warned, and review
 * windows that closed reveal their reviews. Each step claims its rows with SKIP LOCKED and rechecks
 * them under the order lock, so several processes may sweep at once and a second pass over the
 * same moment does nothing. Warnings go first: an order completing in this pass was warned before.
 */
export async function sweepOrderTimers(
  db: Db,
  now: Date,
  options: { limit?: number; onError?: (orderId: string, error: unknown) => void } = {},
): Promise<OrderTimerSweep> {
  const warned = await warnAutoComplete(db, now, { ...(options.limit ? { limit: options.limit } : {}) });
  const autoCompleted = await autoCompleteDue(db, now, options);
  const { reviews } = await revealDueReviews(db, now, { ...(options.limit ? { limit: options.limit } : {}) });
  return { autoCompleted, warned, reviewsRevealed: reviews };
}
