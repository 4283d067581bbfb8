import { AppError } from "@hunar/core/app-error";
import type { Db, OrderStatus } from "@hunar/db/types";
import { ZId } from "@hunar/payments/funding/funding-input";
import { withMoneyTransaction } from "@hunar/payments/ledger/with-money-transaction";
import { lockOrder } from "../lock-order.ts";
import { endContract } from "../milestones/end-contract.ts";
import { assertTransition } from "../order-states.ts";

/**
 * The client drops an order they have not paid for. Nothing was charged, so nothing is refunded;
 * a transfer they already reported stays in the admin queue and, once confirmed, lands in their
 * wallet (a cancelled order is never funded). A contract with milestones is ended instead
 * (endContract: its unpaid milestones are cancelled, the accepted ones keep their release).
 */
export function cancelUnpaidOrder(
  db: Db,
  client: { userId: string },
  orderId: string,
  now = new Date(),
): Promise<{ id: string; status: OrderStatus }> {
  const id = ZId.safeParse(orderId);
  if (!id.success) return Promise.reject(new AppError("NOT_FOUND", "errors:notFound"));
  return cancelOrEnd(db, client, id.data, now);
}

async function cancelOrEnd(db: Db, client: { userId: string }, orderId: string, now: Date): Promise<{ id: string; status: OrderStatus }> {
  // Whether an order has milestones is fixed when it is made, so reading it unlocked is safe.
  if ((await db.milestone.count({ where: { orderId } })) > 0) {
    const ended = await endContract(db, client, orderId, now);
    return { id: ended.id, status: ended.status };
  }
  return withMoneyTransaction(db, async (tx) => {
    const order = await lockOrder(tx, orderId);
    if (!order || order.clientId !== client.userId) throw new AppError("NOT_FOUND", "errors:notFound");
    const status = assertTransition("cancelUnpaid", order.status, "payments:errors.checkout.notAwaitingPayment");
    return tx.order.update({
      where: { id: order.id },
      data: { status, cancelledAt: now },
      select: { id: true, status: true },
    });
  });
}
