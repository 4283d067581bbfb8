import { AppError } from "@hunar/core/app-error";
import type { OrderStatus } from "@hunar/db/types";

/** Who may take a transition: a party of the order, or the platform itself (a timer, a rule). */
export type TransitionActor = "client" | "freelancer" | "either" | "admin" | "system";

/**
 * Which orders a transition is for. A contract with milestones runs the same states once per
 * milestone: accepting a milestone that leaves more to do takes it back to PENDING_PAYMENT for the
 * next one ("moreMilestones"), and only the last one's acceptance completes it ("completes",
 * which is every acceptance of an order without milestones).
 */
export type TransitionScope = "any" | "completes" | "moreMilestones" | "contract" | "notContract";

/** What the scope of a transition depends on: milestones, and whether the current one is the last. */
export interface OrderShape {
  contract: boolean;
  /** True when no milestone waits after the current (always, for an order without milestones). */
  lastMilestone: boolean;
}

/** An order without milestones: one unit of work. */
export const WHOLE_ORDER: OrderShape = { contract: false, lastMilestone: true };

/**
 * Every change of an order's status, in one table: what moves an order from one state to the
 * next and who may move it. The functions that write a status check it here under the order's
 * row lock (`lockOrder`), so two concurrent requests can never both succeed. The order page
 * reads the same table to offer only the actions the viewer's role and the order's state allow.
 * A dispute freezes the work (DISPUTED: no timer, delivery or acceptance applies) until it
 * ends in a final state; an appeal may turn one final state into the other.
 */
export const ORDER_TRANSITIONS = {
  // For a contract: funds the next milestone (the previous one was accepted).
  pay: { from: ["PENDING_PAYMENT"], to: "IN_PROGRESS", by: "client", scope: "any" },
  cancelUnpaid: { from: ["PENDING_PAYMENT"], to: "CANCELLED", by: "client", scope: "notContract" },
  // A contract waiting for its next milestone's payment: the client stops there, nothing is held.
  endContract: { from: ["PENDING_PAYMENT"], to: "CANCELLED", by: "client", scope: "contract" },
  deliver: { from: ["IN_PROGRESS"], to: "DELIVERED", by: "freelancer", scope: "any" },
  requestRevision: { from: ["DELIVERED"], to: "IN_PROGRESS", by: "client", scope: "any" },
  accept: { from: ["DELIVERED"], to: "COMPLETED", by: "client", scope: "completes" },
  autoComplete: { from: ["DELIVERED"], to: "COMPLETED", by: "system", scope: "completes" },
  acceptMilestone: { from: ["DELIVERED"], to: "PENDING_PAYMENT", by: "client", scope: "moreMilestones" },
  autoAcceptMilestone: { from: ["DELIVERED"], to: "PENDING_PAYMENT", by: "system", scope: "moreMilestones" },
  // Before delivery: the other party accepted a cancellation request, or the client alone once
  // the order is late (the rule is checked by cancel-order.ts).
  cancel: { from: ["IN_PROGRESS"], to: "CANCELLED", by: "either", scope: "any" },
  // Funded work not yet accepted: either party asks the platform to decide (packages/disputes).
  openDispute: { from: ["IN_PROGRESS", "DELIVERED"], to: "DISPUTED", by: "either", scope: "any" },
  // Any share of the escrow went to the freelancer (an admin's decision, or the parties agreed).
  disputeReleased: { from: ["DISPUTED"], to: "COMPLETED", by: "admin", scope: "any" },
  // All of it went back to the client.
  disputeRefunded: { from: ["DISPUTED"], to: "CANCELLED", by: "admin", scope: "any" },
  // A different admin decided the appeal of a decision the other way.
  appealReleased: { from: ["CANCELLED"], to: "COMPLETED", by: "admin", scope: "any" },
  appealRefunded: { from: ["COMPLETED"], to: "CANCELLED", by: "admin", scope: "any" },
} as const satisfies Record<string, { from: readonly OrderStatus[]; to: OrderStatus; by: TransitionActor; scope: TransitionScope }>;

export type OrderTransition = keyof typeof ORDER_TRANSITIONS;

function inScope(scope: TransitionScope, shape: OrderShape): boolean {
  switch (scope) {
    case "any":
      return true;
    case "completes":
      return !shape.contract || shape.lastMilestone;
    case "moreMilestones":
      return shape.contract && !shape.lastMilestone;
    case "contract":
      return shape.contract;
    case "notContract":
      return !shape.contract;
  }
}

export function mayTransition(transition: OrderTransition, status: OrderStatus, shape: OrderShape = WHOLE_ORDER): boolean {
  const row = ORDER_TRANSITIONS[transition];
  return (row.from as readonly OrderStatus[]).includes(status) && inScope(row.scope, shape);
}

/** The status the transition writes, or INVALID_STATE with the transition's message key. */
export function assertTransition(
  transition: OrderTransition,
  status: OrderStatus,
  messageKey: string,
  shape: OrderShape = WHOLE_ORDER,
): OrderStatus {
  if (!mayTransition(transition, status, shape)) throw new AppError("INVALID_STATE", messageKey, { params: { status } });
  return ORDER_TRANSITIONS[transition].to;
}

/** Orders whose work is under way or waiting for the client: the ones timers and outages move. */
export const RUNNING_STATUSES = ["IN_PROGRESS", "DELIVERED"] as const satisfies readonly OrderStatus[];
