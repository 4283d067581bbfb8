import type { Tx } from "@hunar/db/types";

/**
 * Closes whatever still waits for an answer once the order has moved on (cancelled, delivered):
 * a request about a state the order has left can no longer be answered. Call with the order
 * locked; returns how many were closed.
 */
export async function closePendingRequests(tx: Tx, orderId: string, at: Date): Promise<number> {
  const closed = await tx.orderRequest.updateMany({
    where: { orderId, status: "PENDING" },
    data: { status: "WITHDRAWN", respondedAt: at },
  });
  return closed.count;
}

/** A request made before the order's latest delivery is about work the order has moved on from. */
export function isStaleRequest(request: { createdAt: Date }, order: { deliveredAt: Date | null }): boolean {
  return order.deliveredAt !== null && request.createdAt.getTime() < order.deliveredAt.getTime();
}

/**
 * Closes the requests a delivery left behind, as of that delivery: back in progress after a
 * revision request, a cancellation or extension asked for before the delivery is not answered
 * as if nothing had happened. Call with the order locked, before reading its requests.
 */
export async function closeStaleRequests(tx: Tx, order: { id: string; deliveredAt: Date | null }): Promise<void> {
  if (!order.deliveredAt) return;
  await tx.orderRequest.updateMany({
    where: { orderId: order.id, status: "PENDING", createdAt: { lt: order.deliveredAt } },
    data: { status: "WITHDRAWN", respondedAt: order.deliveredAt },
  });
}
