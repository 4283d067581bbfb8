import type { Db, Tx } from "@hunar/db/types";
import { Prisma } from "@hunar/db/types";
import { withMoneyTransaction } from "@hunar/payments/ledger/with-money-transaction";
import { lockOrder } from "../lock-order.ts";
import { readContractStage } from "../milestones/contract-stage.ts";
import { acceptDeliveredWork, mayAutoAccept } from "../work/accept-work.ts";

export interface AutoCompleteOptions {
  /** Orders to try in this run at most; the next run takes the rest. */
  limit?: number;
  /**
   * One order that cannot be completed must not hold up the others: each failure is handed
   * here and the sweep goes on. Without it the failures are thrown together at the end.
   */
  onError?: (orderId: string, error: unknown) => void;
}

const DEFAULT_LIMIT = 100;

/**
 * Completes delivered orders whose client did not reply before autoCompleteAt, each in its own
 * transaction, so one failure rolls back only that order. Each transaction claims the next due
 * order nobody holds (FOR UPDATE SKIP LOCKED): several sweepers share the work instead of each
 * trying every order, and a client acting at the same moment (accepting, asking for a revision)
 * is skipped rather than waited for. The state is read again under the lock, so every order is
 * completed once, by whoever got there first. Returns how many orders this run completed.
 */
export async function autoCompleteDue(db: Db, now: Date, options: AutoCompleteOptions = {}): Promise<number> {
  const limit = options.limit ?? DEFAULT_LIMIT;
  // Orders this run claimed but did not complete (it failed): still due, so the claim would
  // find them again.
  const passed: string[] = [];
  const failures: unknown[] = [];
  let completed = 0;
  for (let tried = 0; tried < limit; tried += 1) {
    // The order the last attempt claimed (a retried transaction may claim another).
    let current: string | null = null;
    try {
      const outcome = await withMoneyTransaction(db, async (tx) => {
        current = await claimNextDue(tx, now, passed);
        return current ? completeClaimed(tx, current, now) : null;
      });
      if (outcome === null) break;
      if (outcome) completed += 1;
      else if (current) passed.push(current);
    } catch (error) {
      // A claim that failed is the database's trouble, not one order's.
      if (current === null) throw error;
      passed.push(current);
      if (!options.onError) failures.push(error);
      options.onError?.(current, error);
    }
  }
  if (failures.length > 0) throw new AggregateError(failures, `auto-complete failed for ${failures.length} order(s)`);
  return completed;
}

async function claimNextDue(tx: Tx, now: Date, skip: readonly string[]): Promise<string | null> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Order"
    WHERE status = 'DELIVERED' AND "autoCompleteAt" <= ${now}
      ${skip.length > 0 ? Prisma.sql`AND id NOT IN (${Prisma.join(skip)})` : Prisma.empty}
    ORDER BY "autoCompleteAt", id
    LIMIT 1
    FOR UPDATE SKIP LOCKED`;
  return rows[0]?.id ?? null;
}

/** Whether the claimed order completed (the claim's own conditions, read again under its lock). */
async function completeClaimed(tx: Tx, orderId: string, now: Date): Promise<boolean> {
  const order = await lockOrder(tx, orderId);
  if (!order?.autoCompleteAt || order.autoCompleteAt > now) return false;
  if (!mayAutoAccept(order, await readContractStage(tx, order.id))) return false;
  // A contract's earlier milestone is accepted on its own; the order or the last milestone completes.
  await acceptDeliveredWork(tx, order, { transition: "autoComplete", actorId: null }, now);
  return true;
}
