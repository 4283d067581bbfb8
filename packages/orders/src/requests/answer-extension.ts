import { AppError } from "@hunar/core/app-error";
import type { Db, OrderRequestStatus } from "@hunar/db/types";
import { notify } from "@hunar/notifications/notify";
import { addDays, orderHref } from "../order-link.ts";
import { requireRole } from "../order-role.ts";
import { recordOrderEvent } from "../timeline/record-order-event.ts";
import { closeRequest, lockRequest } from "./lock-request.ts";
import { type AnswerRequestInput, parseRequestInput, ZAnswerRequestInput } from "./request-input.ts";

export interface AnsweredExtension {
  requestId: string;
  status: Extract<OrderRequestStatus, "ACCEPTED" | "DECLINED">;
  /** The order's due date after the answer (moved on acceptance, as it was on a decline). */
  dueAt: Date;
}

/**
 * The client answers a request for more time: accepting moves the due date by the days asked
 * for, declining leaves it. Under the order's lock the request must still be pending, so of two
 * answers (or an answer and a withdrawal) only the first counts.
 */
export async function answerExtension(
  db: Db,
  client: { userId: string },
  raw: AnswerRequestInput,
  now = new Date(),
): Promise<AnsweredExtension> {
  const input = parseRequestInput(ZAnswerRequestInput, raw);
  return db.$transaction(async (tx) => {
    const { order, request } = await lockRequest(tx, input, "EXTENSION");
    requireRole(order, client.userId, "client", "orders:errors.extension.onlyClientAnswers");
    if (request.status !== "PENDING") throw new AppError("INVALID_STATE", "orders:errors.extension.notPending");
    if (order.status !== "IN_PROGRESS" || !order.dueAt) throw new AppError("INVALID_STATE", "orders:errors.extension.notInProgress");
    const days = request.days ?? 0;
    const dueAt = input.accept ? addDays(order.dueAt, days) : order.dueAt;
    const status = input.accept ? "ACCEPTED" : "DECLINED";
    await closeRequest(tx, request, status, client.userId, now);
    if (input.accept) {
      await tx.order.update({ where: { id: order.id }, data: { dueAt } });
      // A contract's running milestone carries the same due date.
      await tx.milestone.updateMany({ where: { orderId: order.id, status: "FUNDED" }, data: { dueAt } });
    }
    const key = `order-request:${request.id}:answered`;
    const event = { order, actorId: client.userId, at: now, dedupeKey: key };
    if (input.accept) {
      await recordOrderEvent(tx, {
        ...event,
        kind: "extensionAccepted",
        data: { requestId: request.id, days, dueAt: dueAt.toISOString() },
      });
    } else {
      await recordOrderEvent(tx, { ...event, kind: "extensionDeclined", data: { requestId: request.id, days } });
    }
    await notify(tx, {
      userId: order.freelancerId,
      kind: "order.extensionAnswered",
      data: { orderId: order.id, orderNumber: order.number, title: order.title, accepted: input.accept, dueAt: dueAt.toISOString() },
      link: orderHref(order.id),
      dedupeKey: key,
    });
    return { requestId: request.id, status, dueAt };
  });
}
