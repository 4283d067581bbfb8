import { addDays } from "../order-link.ts";

/**
 * When reworked delivery is due. A revision changes work that exists rather than starting it
 * again, so the freelancer gets half the package's delivery time, rounded up and at least one
 * day (a 1-day gig: 1 day; 3 days: 2; 7 days: 4). A freelancer who delivered early never loses
 * time they still had: the original due date stays when it is later.
 */
export function revisionDueAt(order: { deliveryDays: number; dueAt: Date | null }, now: Date): Date {
  const days = Math.max(1, Math.ceil(order.deliveryDays / 2));
  const due = addDays(now, days);
  return order.dueAt && order.dueAt > due ? order.dueAt : due;
}
