import type { OrderRequestKind, OrderRequestStatus, Tx } from "@hunar/db/types";
import { type LockedOrder, lockOrder } from "../lock-order.ts";
import { orderNotFound } from "../order-role.ts";
import { closeStaleRequests } from "./close-pending-requests.ts";

export interface LockedRequest {
  id: string;
  orderId: string;
  kind: OrderRequestKind;
  requesterId: string;
  days: number | null;
  reason: string;
  status: OrderRequestStatus;
}

const REQUEST_SELECT = { id: true, orderId: true, kind: true, requesterId: true, days: true, reason: true, status: true } as const;

/**
 * A request (of the given kind, when one is given) and its order, the order locked; NOT_FOUND
 * when it is not a request of `where.orderId` (when given). Requests change only under their
 * order's lock, so the request is read again once the lock is held: whatever answered or
 * withdrew it first has committed by then, and this reader sees that.
 */
export async function lockRequest(
  tx: Tx,
  where: { requestId: string; orderId?: string | undefined },
  kind?: OrderRequestKind,
): Promise<{ order: LockedOrder; request: LockedRequest }> {
  const { requestId } = where;
  const found = await tx.orderRequest.findUnique({ where: { id: requestId }, select: { orderId: true, kind: true } });
  if (!found || (kind && found.kind !== kind) || (where.orderId && where.orderId !== found.orderId)) throw orderNotFound();
  const order = await lockOrder(tx, found.orderId);
  if (!order) throw orderNotFound();
  await closeStaleRequests(tx, order);
  const request = await tx.orderRequest.findUniqueOrThrow({ where: { id: requestId }, select: REQUEST_SELECT });
  return { order, request };
}

/** Is a request of this kind already waiting for an answer on the order? Call with the order locked. */
export async function hasPendingRequest(tx: Tx, order: { id: string; deliveredAt: Date | null }, kind: OrderRequestKind): Promise<boolean> {
  await closeStaleRequests(tx, order);
  const pending = await tx.orderRequest.findFirst({ where: { orderId: order.id, kind, status: "PENDING" }, select: { id: true } });
  return pending !== null;
}

/** The answer to a pending request: who answered and when, written with the order locked. */
export async function closeRequest(
  tx: Tx,
  request: { id: string },
  status: Exclude<OrderRequestStatus, "PENDING">,
  by: string | null,
  at: Date,
): Promise<void> {
  await tx.orderRequest.update({ where: { id: request.id }, data: { status, respondedById: by, respondedAt: at } });
}
