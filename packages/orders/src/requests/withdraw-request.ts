import { AppError } from "@hunar/core/app-error";
import type { Db, OrderRequestKind } from "@hunar/db/types";
import { requireRole } from "../order-role.ts";
import { recordOrderEvent } from "../timeline/record-order-event.ts";
import { closeRequest, lockRequest } from "./lock-request.ts";
import { parseRequestInput, type WithdrawRequestInput, ZWithdrawRequestInput } from "./request-input.ts";

const NOT_PENDING: Record<OrderRequestKind, string> = {
  EXTENSION: "orders:errors.extension.notPending",
  CANCELLATION: "orders:errors.cancellation.notPending",
};

/**
 * The party who asked takes a pending request back (either kind). Under the order's lock, so a
 * withdrawal racing the other party's answer either comes first (the answer is refused) or is
 * refused itself.
 */
export async function withdrawRequest(
  db: Db,
  requester: { userId: string },
  raw: WithdrawRequestInput,
  now = new Date(),
): Promise<{ requestId: string; kind: OrderRequestKind }> {
  const input = parseRequestInput(ZWithdrawRequestInput, raw);
  return db.$transaction(async (tx) => {
    const { order, request } = await lockRequest(tx, input);
    requireRole(order, requester.userId, "either", "orders:errors.requests.onlyRequester");
    if (request.requesterId !== requester.userId) throw new AppError("FORBIDDEN", "orders:errors.requests.onlyRequester");
    if (request.status !== "PENDING") throw new AppError("INVALID_STATE", NOT_PENDING[request.kind]);
    await closeRequest(tx, request, "WITHDRAWN", requester.userId, now);
    const event = { order, actorId: requester.userId, at: now, dedupeKey: `order-request:${request.id}:withdrawn` };
    if (request.kind === "EXTENSION") {
      await recordOrderEvent(tx, { ...event, kind: "extensionWithdrawn", data: { requestId: request.id, days: request.days ?? 0 } });
    } else {
      await recordOrderEvent(tx, { ...event, kind: "cancellationWithdrawn", data: { requestId: request.id } });
    }
    return { requestId: request.id, kind: request.kind };
  });
}
