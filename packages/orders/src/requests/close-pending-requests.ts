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
