import { AppError } from "@hunar/core/app-error";
import type { Db } from "@hunar/db/types";
import { notify } from "@hunar/notifications/notify";
import { lockOrder } from "../lock-order.ts";
import { orderHref } from "../order-link.ts";
import { orderNotFound, requireRole } from "../order-role.ts";
import { recordOrderEvent } from "../timeline/record-order-event.ts";
import { hasPendingRequest } from "./lock-request.ts";
import { partyName } from "./party-name.ts";
import { parseRequestInput, type RequestExtensionInput, ZRequestExtensionInput } from "./request-input.ts";

export interface CreatedRequest {
  id: string;
  orderId: string;
  createdAt: Date;
}

/**
 * The freelancer asks the client for more days. Only while the work runs against a due date (in
 * progress, requirements answered), and one such request at a time: the check and the insert
 * happen under the order's lock, so two quick submissions leave one request.
 */
export async function requestExtension(
  db: Db,
  freelancer: { userId: string },
  raw: RequestExtensionInput,
  now = new Date(),
): Promise<CreatedRequest> {
  const input = parseRequestInput(ZRequestExtensionInput, raw);
  return db.$transaction(async (tx) => {
    const order = await lockOrder(tx, input.orderId);
    if (!order) throw orderNotFound();
    requireRole(order, freelancer.userId, "freelancer", "orders:errors.extension.onlyFreelancer");
    if (order.status !== "IN_PROGRESS" || !order.dueAt) throw new AppError("INVALID_STATE", "orders:errors.extension.notInProgress");
    if (await hasPendingRequest(tx, order, "EXTENSION")) throw new AppError("CONFLICT", "orders:errors.extension.pending");
    const request = await tx.orderRequest.create({
      data: {
        orderId: order.id,
        kind: "EXTENSION",
        requesterId: freelancer.userId,
        days: input.days,
        reason: input.reason,
        createdAt: now,
      },
      select: { id: true, orderId: true, createdAt: true },
    });
    const key = `order-request:${request.id}:requested`;
    await recordOrderEvent(tx, {
      order,
      kind: "extensionRequested",
      data: { requestId: request.id, days: input.days },
      actorId: freelancer.userId,
      at: now,
      dedupeKey: key,
    });
    await notify(tx, {
      userId: order.clientId,
      kind: "order.extensionRequested",
      data: {
        orderId: order.id,
        orderNumber: order.number,
        title: order.title,
        freelancerName: await partyName(tx, freelancer.userId),
        days: input.days,
        reason: input.reason,
      },
      link: orderHref(order.id),
      dedupeKey: key,
    });
    return request;
  });
}
