import type { OrderStatus } from "@hunar/db/types";

/**
 * Late: the work is still in progress and its due date has passed. From then on the client may
 * cancel alone (cancel-late-order.ts) and the order page offers it.
 */
export function isLate(order: { status: OrderStatus; dueAt: Date | null }, now: Date): boolean {
  return order.status === "IN_PROGRESS" && order.dueAt !== null && order.dueAt.getTime() < now.getTime();
}
