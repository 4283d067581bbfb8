import { AppError } from "@hunar/core/app-error";
import type { OrderStatus } from "@hunar/db/types";

/** Who may take a transition: a party of the order, or the platform itself (a timer, a rule). */
export type TransitionActor = "client" | "freelancer" | "either" | "system";

/**
 * Every change of an order's status, in one table: what moves an order from one state to the
 * next and who may move it. The functions that write a status check it here under the order's
 * row lock (`lockOrder`), so two concurrent requests can never both succeed. The order page
 * reads the same table to offer only the actions the viewer's role and the order's state allow.
 * Disputes add their rows when they arrive.
 */
export const ORDER_TRANSITIONS = {
  pay: { from: ["PENDING_PAYMENT"], to: "IN_PROGRESS", by: "client" },
  cancelUnpaid: { from: ["PENDING_PAYMENT"], to: "CANCELLED", by: "client" },
  deliver: { from: ["IN_PROGRESS"], to: "DELIVERED", by: "freelancer" },
  requestRevision: { from: ["DELIVERED"], to: "IN_PROGRESS", by: "client" },
  accept: { from: ["DELIVERED"], to: "COMPLETED", by: "client" },
  autoComplete: { from: ["DELIVERED"], to: "COMPLETED", by: "system" },
  // Before delivery: the other party accepted a cancellation request, or the client alone once
  // the order is late (the rule is checked by cancel-order.ts).
  cancel: { from: ["IN_PROGRESS"], to: "CANCELLED", by: "either" },
} as const satisfies Record<string, { from: readonly OrderStatus[]; to: OrderStatus; by: TransitionActor }>;

export type OrderTransition = keyof typeof ORDER_TRANSITIONS;

export function mayTransition(transition: OrderTransition, status: OrderStatus): boolean {
  return (ORDER_TRANSITIONS[transition].from as readonly OrderStatus[]).includes(status);
}

/** The status the transition writes, or INVALID_STATE with the transition's message key. */
export function assertTransition(transition: OrderTransition, status: OrderStatus, messageKey: string): OrderStatus {
  if (!mayTransition(transition, status)) throw new AppError("INVALID_STATE", messageKey, { params: { status } });
  return ORDER_TRANSITIONS[transition].to;
}

/** Orders whose work is under way or waiting for the client: the ones timers and outages move. */
export const RUNNING_STATUSES = ["IN_PROGRESS", "DELIVERED"] as const satisfies readonly OrderStatus[];
