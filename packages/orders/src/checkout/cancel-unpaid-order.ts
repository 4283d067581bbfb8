import { AppError } from "@hunar/core/app-error";
import type { Db, OrderStatus } from "@hunar/db/types";
import { ZId } from "@hunar/payments/funding/funding-input";
import { withMoneyTransaction } from "@hunar/payments/ledger/with-money-transaction";
import { lockOrder } from "../lock-order.ts";
import { assertTransition } from "../order-states.ts";

/**
 * The client drops an order they have not paid for. Nothing was charged, so nothing is refunded;
 * a transfer they already reported stays in the admin queue and, once confirmed, lands in their
 * wallet (a cancelled order is never funded).
 */
export function cancelUnpaidOrder(
  db: Db,
  client: { userId: string },
  orderId: string,
  now = new Date(),
): Promise<{ id: string; status: OrderStatus }> {
  const id = ZId.safeParse(orderId);
  if (!id.success) return Promise.reject(new AppError("NOT_FOUND", "errors:notFound"));
  return withMoneyTransaction(db, async (tx) => {
    const order = await lockOrder(tx, id.data);
    if (!order || order.clientId !== client.userId) throw new AppError("NOT_FOUND", "errors:notFound");
    const status = assertTransition("cancelUnpaid", order.status, "payments:errors.checkout.notAwaitingPayment");
    return tx.order.update({
      where: { id: order.id },
      data: { status, cancelledAt: now },
      select: { id: true, status: true },
    });
  });
}
