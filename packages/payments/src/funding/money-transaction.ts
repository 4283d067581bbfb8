import type { Db, Tx } from "@hunar/db/types";
import { withMoneyTransaction } from "../ledger/with-money-transaction.ts";

/**
 * Runs fn in a new retried money transaction when handed the client, or inside the caller's
 * transaction when handed one, so the same step works alone and as part of checkout.
 */
export function inMoneyTransaction<T>(db: Db | Tx, fn: (tx: Tx) => Promise<T>): Promise<T> {
  // Only the client can disconnect. (A Prisma 7 transaction handle has $transaction too, for
  // savepoints, which PGlite's adapter does not support: never nest through it.)
  if ("$disconnect" in db) return withMoneyTransaction(db, fn);
  return fn(db);
}
