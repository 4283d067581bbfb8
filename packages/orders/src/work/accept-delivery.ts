import type { Db } from "@hunar/db/types";
import { withMoneyTransaction } from "@hunar/payments/ledger/with-money-transaction";
import { lockOrder } from "../lock-order.ts";
import { orderNotFound, requireRole } from "../order-role.ts";
import { type AcceptedWork, acceptDeliveredWork } from "./accept-work.ts";
import { parseOrderId } from "./order-id.ts";

/**
 * The client accepts the delivered work: the order completes and the escrow goes to the
 * freelancer (completeOrder), in one transaction under the order lock. Only a delivered order
 * can be accepted; once it completed (by an earlier acceptance or the timer) it is INVALID_STATE.
 * A contract accepts its current milestone; only the last one completes it (acceptDeliveredWork).
 */
export async function acceptDelivery(db: Db, actor: { userId: string }, orderId: string, now = new Date()): Promise<AcceptedWork> {
  const id = parseOrderId(orderId);
  return withMoneyTransaction(db, async (tx) => {
    const order = await lockOrder(tx, id);
    if (!order) throw orderNotFound();
    requireRole(order, actor.userId, "client", "orders:errors.accept.onlyClient");
    return acceptDeliveredWork(tx, order, { transition: "accept", actorId: actor.userId }, now);
  });
}
