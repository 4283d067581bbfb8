import type { OrderStatus } from "@hunar/db/types";
import { ORDER_TRANSITIONS, mayTransition, type OrderTransition } from "../order-states.ts";

export type OrderViewerRole = "client" | "freelancer" | "admin";

/**
 * The status transitions this viewer may start from the order's state, read off the one table
 * (order-states.ts), so the page never offers what the domain would refuse. Finer rules (revisions
 * left, a late order, a pending request) are the panels' own and are rechecked by the domain.
 */
export function viewerTransitions(status: OrderStatus, role: OrderViewerRole): OrderTransition[] {
  if (role === "admin") return [];
  return (Object.keys(ORDER_TRANSITIONS) as OrderTransition[]).filter((transition) => {
    const by = ORDER_TRANSITIONS[transition].by;
    return mayTransition(transition, status) && (by === role || by === "either");
  });
}
