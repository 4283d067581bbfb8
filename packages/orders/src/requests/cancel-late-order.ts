import { AppError } from "@hunar/core/app-error";
import type { Db } from "@hunar/db/types";
import { withMoneyTransaction } from "@hunar/payments/ledger/with-money-transaction";
import { lockOrder } from "../lock-order.ts";
import { orderNotFound, requireRole } from "../order-role.ts";
import { mayTransition } from "../order-states.ts";
import { type CancelledOrder, cancelOrder } from "./cancel-order.ts";
import { isLate } from "./late-order.ts";
import { parseRequestInput, type RequestCancellationInput, ZRequestCancellationInput } from "./request-input.ts";

/**
 * The client cancels alone once the freelancer has missed the due date (the order is still in
 * progress and its due date has passed): the escrow goes back to the client. Before the due date
 * the freelancer must agree (request-cancellation.ts). The due date is read under the order's
 * lock, so an extension accepted a moment earlier counts.
 */
export async function cancelLateOrder(
  db: Db,
  client: { userId: string },
  raw: RequestCancellationInput,
  now = new Date(),
): Promise<CancelledOrder> {
  const input = parseRequestInput(ZRequestCancellationInput, raw);
  return withMoneyTransaction(db, async (tx) => {
    const order = await lockOrder(tx, input.orderId);
    if (!order) throw orderNotFound();
    requireRole(order, client.userId, "client", "orders:errors.cancellation.onlyClientLate");
    if (!mayTransition("cancel", order.status)) throw new AppError("INVALID_STATE", "orders:errors.cancellation.notBeforeDelivery");
    if (!isLate(order, now)) throw new AppError("INVALID_STATE", "orders:errors.cancellation.notLate");
    return cancelOrder(tx, { order, actorId: client.userId, how: "late", reason: input.reason, now });
  });
}
