import { AppError } from "@hunar/core/app-error";
import type { Db } from "@hunar/db/types";
import { notify } from "@hunar/notifications/notify";
import { lockOrder } from "../lock-order.ts";
import { orderHref } from "../order-link.ts";
import { orderNotFound, requireRole } from "../order-role.ts";
import { mayTransition } from "../order-states.ts";
import { recordOrderEvent } from "../timeline/record-order-event.ts";
import { hasPendingRequest } from "./lock-request.ts";
import { partyName } from "./party-name.ts";
import type { CreatedRequest } from "./request-extension.ts";
import { parseRequestInput, type RequestCancellationInput, ZRequestCancellationInput } from "./request-input.ts";

/**
 * Either party asks the other to cancel, before delivery, saying why. One such request at a time
 * per order, checked under the order's lock; the other party accepts (answer-cancellation.ts).
 */
export async function requestCancellation(
  db: Db,
  party: { userId: string },
  raw: RequestCancellationInput,
  now = new Date(),
): Promise<CreatedRequest> {
  const input = parseRequestInput(ZRequestCancellationInput, raw);
  return db.$transaction(async (tx) => {
    const order = await lockOrder(tx, input.orderId);
    if (!order) throw orderNotFound();
    const role = requireRole(order, party.userId, "either", "orders:errors.notFound");
    if (!mayTransition("cancel", order.status)) throw new AppError("INVALID_STATE", "orders:errors.cancellation.notBeforeDelivery");
    if (await hasPendingRequest(tx, order, "CANCELLATION")) throw new AppError("CONFLICT", "orders:errors.cancellation.pending");
    const request = await tx.orderRequest.create({
      data: { orderId: order.id, kind: "CANCELLATION", requesterId: party.userId, reason: input.reason, createdAt: now },
      select: { id: true, orderId: true, createdAt: true },
    });
    const key = `order-request:${request.id}:requested`;
    await recordOrderEvent(tx, {
      order,
      kind: "cancellationRequested",
      data: { requestId: request.id },
      actorId: party.userId,
      at: now,
      dedupeKey: key,
    });
    await notify(tx, {
      userId: role === "client" ? order.freelancerId : order.clientId,
      kind: "order.cancellationRequested",
      data: {
        orderId: order.id,
        orderNumber: order.number,
        title: order.title,
        requesterName: await partyName(tx, party.userId),
        reason: input.reason,
      },
      link: orderHref(order.id),
      dedupeKey: key,
    });
    return request;
  });
}
