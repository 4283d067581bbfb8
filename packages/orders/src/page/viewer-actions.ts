import type { OrderStatus } from "@hunar/db/types";
import { ORDER_TRANSITIONS, mayTransition, type OrderShape, type OrderTransition, WHOLE_ORDER } from "../order-states.ts";

export type OrderViewerRole = "client" | "freelancer" | "admin";

/**
 * The status transitions this viewer may start from the order's state, read off the one table
 * (order-states.ts), so the page never offers what the domain would refuse. Finer rules (revisions
 * left, a late order, a pending request) are the panels' own and are rechecked by the domain.
 * A contract's shape (milestones, the current one the last or not) picks between accepting a
 * milestone and completing the contract.
 */
export function viewerTransitions(status: OrderStatus, role: OrderViewerRole, shape: OrderShape = WHOLE_ORDER): OrderTransition[] {
  if (role === "admin") return [];
  return (Object.keys(ORDER_TRANSITIONS) as OrderTransition[]).filter((transition) => {
    const by = ORDER_TRANSITIONS[transition].by;
    return mayTransition(transition, status, shape) && (by === role || by === "either");
  });
}
