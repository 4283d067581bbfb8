import { AppError } from "@hunar/core/app-error";
import type { OrderStatus } from "@hunar/db/types";

/**
 * Every change of an order's status, in one table: what moves an order from one state to the
 * next. The functions that write a status check it here under the order's row lock, so two
 * concurrent requests can never both succeed. Deliveries, revisions, acceptance, disputes and
 * auto-completion add their rows as they arrive.
 */
export const ORDER_TRANSITIONS = {
  pay: { from: ["PENDING_PAYMENT"], to: "IN_PROGRESS" },
  cancelUnpaid: { from: ["PENDING_PAYMENT"], to: "CANCELLED" },
} as const satisfies Record<string, { from: readonly OrderStatus[]; to: OrderStatus }>;

export type OrderTransition = keyof typeof ORDER_TRANSITIONS;

export function mayTransition(transition: OrderTransition, status: OrderStatus): boolean {
  return (ORDER_TRANSITIONS[transition].from as readonly OrderStatus[]).includes(status);
}

/** The status the transition writes, or INVALID_STATE with the transition's message key. */
export function assertTransition(transition: OrderTransition, status: OrderStatus, messageKey: string): OrderStatus {
  if (!mayTransition(transition, status)) throw new AppError("INVALID_STATE", messageKey, { params: { status } });
  return ORDER_TRANSITIONS[transition].to;
}
