import type { DisputeStatus, Tx } from "@hunar/db/types";
import { type LockedOrder, lockOrder } from "@hunar/orders/lock-order";
import { roleIn, type OrderRole } from "@hunar/orders/order-role";
import { disputeNotFound } from "./dispute-errors.ts";

export interface LockedDispute {
  id: string;
  orderId: string;
  milestoneId: string | null;
  openedById: string;
  status: DisputeStatus;
  escrowPaisa: number;
  answerDueAt: Date;
  answeredAt: Date | null;
  resolvedAt: Date | null;
  resolvedById: string | null;
  appealedAt: Date | null;
  createdAt: Date;
}

/**
 * Locks a dispute for a change: its order first (every change of an order's status and money
 * takes that lock first, so a dispute's decision and a party's last-moment action on the order
 * run one after the other), then the dispute row. NOT_FOUND for no dispute.
 */
export async function lockDispute(tx: Tx, disputeId: string): Promise<{ dispute: LockedDispute; order: LockedOrder }> {
  const found = await tx.dispute.findUnique({ where: { id: disputeId }, select: { orderId: true } });
  if (!found) throw disputeNotFound();
  const order = await lockOrder(tx, found.orderId);
  const rows = await tx.$queryRaw<LockedDispute[]>`
    SELECT id, "orderId", "milestoneId", "openedById", status::text AS status, "escrowPaisa", "answerDueAt", "answeredAt",
      "resolvedAt", "resolvedById", "appealedAt", "createdAt"
    FROM "Dispute" WHERE id = ${disputeId} FOR UPDATE`;
  const dispute = rows[0];
  if (!order || !dispute) throw disputeNotFound();
  return { dispute, order };
}

/** The viewer's side of the dispute's order; anyone else is told it does not exist. */
export function requireParty(order: { clientId: string; freelancerId: string }, userId: string): OrderRole {
  const role = roleIn(order, userId);
  if (!role) throw disputeNotFound();
  return role;
}

/** The party who did not open the dispute: the one who answers it. */
export const respondentOf = (order: { clientId: string; freelancerId: string }, dispute: { openedById: string }) =>
  dispute.openedById === order.clientId ? order.freelancerId : order.clientId;
