import { AppError } from "@hunar/core/app-error";
import type { Db } from "@hunar/db/types";
import { notify } from "@hunar/notifications/notify";
import { withMoneyTransaction } from "@hunar/payments/ledger/with-money-transaction";
import { orderHref } from "../order-link.ts";
import { requireRole } from "../order-role.ts";
import { mayTransition } from "../order-states.ts";
import { recordOrderEvent } from "../timeline/record-order-event.ts";
import { type CancelledOrder, cancelOrder } from "./cancel-order.ts";
import { closeRequest, lockRequest } from "./lock-request.ts";
import { type AnswerRequestInput, parseRequestInput, ZAnswerRequestInput } from "./request-input.ts";

export type AnsweredCancellation =
  { requestId: string; status: "ACCEPTED"; cancelled: CancelledOrder } | { requestId: string; status: "DECLINED"; cancelled: null };

/**
 * The other party answers a cancellation request. Accepting cancels the order and returns the
 * escrow to the client in this one transaction; declining lets the work go on. The requester
 * cannot answer their own request, and under the order's lock the request must still be pending
 * and the order still before delivery, so a second answer, a withdrawal or a late cancellation
 * that got there first wins and this one changes nothing.
 */
export async function answerCancellation(
  db: Db,
  party: { userId: string },
  raw: AnswerRequestInput,
  now = new Date(),
): Promise<AnsweredCancellation> {
  const input = parseRequestInput(ZAnswerRequestInput, raw);
  return withMoneyTransaction(db, async (tx): Promise<AnsweredCancellation> => {
    const { order, request } = await lockRequest(tx, input, "CANCELLATION");
    requireRole(order, party.userId, "either", "orders:errors.cancellation.notYours");
    if (request.requesterId === party.userId) throw new AppError("FORBIDDEN", "orders:errors.cancellation.notYours");
    if (request.status !== "PENDING") throw new AppError("INVALID_STATE", "orders:errors.cancellation.notPending");
    if (!mayTransition("cancel", order.status)) throw new AppError("INVALID_STATE", "orders:errors.cancellation.notBeforeDelivery");
    if (input.accept) {
      await closeRequest(tx, request, "ACCEPTED", party.userId, now);
      const cancelled = await cancelOrder(tx, { order, actorId: party.userId, how: "agreed", reason: request.reason, now });
      return { requestId: request.id, status: "ACCEPTED", cancelled };
    }
    await closeRequest(tx, request, "DECLINED", party.userId, now);
    const key = `order-request:${request.id}:declined`;
    await recordOrderEvent(tx, {
      order,
      kind: "cancellationDeclined",
      data: { requestId: request.id },
      actorId: party.userId,
      at: now,
      dedupeKey: key,
    });
    await notify(tx, {
      userId: request.requesterId,
      kind: "order.cancellationDeclined",
      data: { orderId: order.id, orderNumber: order.number, title: order.title },
      link: orderHref(order.id),
      dedupeKey: key,
    });
    return { requestId: request.id, status: "DECLINED", cancelled: null };
  });
}
