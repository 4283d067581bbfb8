import type { Tx } from "@hunar/db/types";

/**
 * Payments moves money; whether an order may take it, and what being paid means for the order,
 * belong to the orders package, which sits on the floor above and hands this in wherever a
 * funding names an order (checkout, an admin's confirmation, the gateway callback). Both run
 * inside the caller's transaction, after the funding request (if any) was locked.
 */
export interface OrderFunding {
  /** Locks the order; refuses (AppError) unless it is this client's and waits for payment. */
  assertPayable(tx: Tx, clientId: string, orderId: string): Promise<{ totalPaisa: number }>;
  /**
   * Funds the order from its client's wallet and starts the work when it still waits for payment
   * and the wallet covers it. False leaves the money in the wallet (the order was cancelled or
   * paid some other way meanwhile), which is never wrong.
   */
  fundIfCovered(tx: Tx, order: { orderId: string; clientId: string; actorId: string | null }): Promise<boolean>;
}
