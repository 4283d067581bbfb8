import type { Db } from "@hunar/db/types";
import { withMoneyTransaction } from "@hunar/payments/ledger/with-money-transaction";
import { lockOrder } from "../lock-order.ts";
import { mayTransition } from "../order-states.ts";
import { completeOrder } from "../work/complete-order.ts";

export interface AutoCompleteOptions {
  /** Orders to try in this run at most; the next run takes the rest. */
  limit?: number;
  /** Orders read per query. */
  batchSize?: number;
  /**
   * One order that cannot be completed must not hold up the others: each failure is handed
   * here and the sweep goes on. Without it the failures are thrown together at the end.
   */
  onError?: (orderId: string, error: unknown) => void;
}

const DEFAULT_LIMIT = 100;
const DEFAULT_BATCH = 10;

/**
 * Completes delivered orders whose client did not reply before autoCompleteAt: each in its own
 * transaction, so one failure rolls back only that order. Safe with any number of sweepers and
 * against a client acting at the same moment: an order whose row is locked (accepted, a revision
 * asked for, another sweeper on it) is skipped rather than waited for, and the state is read
 * again under the lock, so every order is completed once, by whoever got there first. Returns
 * how many orders this run completed.
 */
export async function autoCompleteDue(db: Db, now: Date, options: AutoCompleteOptions = {}): Promise<number> {
  const limit = options.limit ?? DEFAULT_LIMIT;
  const batchSize = Math.min(options.batchSize ?? DEFAULT_BATCH, limit);
  const tried: string[] = [];
  const failures: unknown[] = [];
  let completed = 0;
  while (tried.length < limit) {
    const batch = await db.order.findMany({
      where: { status: "DELIVERED", autoCompleteAt: { lte: now }, id: { notIn: tried } },
      orderBy: [{ autoCompleteAt: "asc" }, { id: "asc" }],
      take: Math.min(batchSize, limit - tried.length),
      select: { id: true },
    });
    for (const { id } of batch) {
      tried.push(id);
      try {
        if (await completeIfDue(db, id, now)) completed += 1;
      } catch (error) {
        if (!options.onError) failures.push(error);
        options.onError?.(id, error);
      }
    }
    if (batch.length < batchSize) break;
  }
  if (failures.length > 0) throw new AggregateError(failures, `auto-complete failed for ${failures.length} order(s)`);
  return completed;
}

function completeIfDue(db: Db, orderId: string, now: Date): Promise<boolean> {
  return withMoneyTransaction(db, async (tx) => {
    const claimed = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Order"
      WHERE id = ${orderId} AND status = 'DELIVERED' AND "autoCompleteAt" <= ${now}
      FOR UPDATE SKIP LOCKED`;
    if (claimed.length === 0) return false;
    const order = await lockOrder(tx, orderId);
    if (!order?.autoCompleteAt || order.autoCompleteAt > now || !mayTransition("autoComplete", order.status)) return false;
    await completeOrder(tx, order, { transition: "autoComplete", actorId: null }, now);
    return true;
  });
}
