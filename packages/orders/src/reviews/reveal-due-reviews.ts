import type { Db } from "@hunar/db/client";
import type { Tx } from "@hunar/db/types";
import { lockOrder } from "../lock-order.ts";
import { revealOrderReviews } from "./reveal-order-reviews.ts";

export interface RevealDueReviewsResult {
  orders: number;
  reviews: number;
}

const DEFAULT_LIMIT = 100;

/**
 * The periodic sweep: reveals the hidden reviews of orders whose review window has closed, at
 * most `limit` orders per call. Each order is its own short transaction that claims the order row
 * with FOR UPDATE SKIP LOCKED, so two sweepers (or a sweeper and a late submission's lock) never
 * wait on or reveal the same order, and one order's failure leaves the others revealed. Running
 * it again reveals nothing new.
 */
export async function revealDueReviews(db: Db, now: Date = new Date(), options: { limit?: number } = {}): Promise<RevealDueReviewsResult> {
  const limit = options.limit ?? DEFAULT_LIMIT;
  const result: RevealDueReviewsResult = { orders: 0, reviews: 0 };
  for (let claimed = 0; claimed < limit; claimed += 1) {
    const outcome = await db.$transaction((tx) => revealNextDueOrder(tx, now));
    if (outcome === null) break;
    if (outcome > 0) result.orders += 1;
    result.reviews += outcome;
  }
  return result;
}

/** Reviews revealed in the next due order nobody else holds, or null when none is left. */
async function revealNextDueOrder(tx: Tx, now: Date): Promise<number | null> {
  const due = await tx.$queryRaw<{ id: string }[]>`
    SELECT o.id FROM "Order" AS o
    WHERE o."reviewsCloseAt" <= ${now}
      AND EXISTS (SELECT 1 FROM "Review" AS r WHERE r."orderId" = o.id AND r."revealedAt" IS NULL)
    ORDER BY o."reviewsCloseAt", o.id
    LIMIT 1
    FOR UPDATE OF o SKIP LOCKED`;
  const id = due[0]?.id;
  if (!id) return null;
  // Already locked by the claim above; this reads the order as the reveal needs it.
  const order = await lockOrder(tx, id);
  if (!order) return null;
  return revealOrderReviews(tx, order, { at: now, actorId: null });
}
