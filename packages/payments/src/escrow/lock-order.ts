import { AppError } from "@hunar/core/app-error";
import type { Tx } from "@hunar/db/types";

export interface MoneyOrder {
  id: string;
  clientId: string;
  freelancerId: string;
  subtotalPaisa: number;
  clientFeePaisa: number;
  freelancerFeePaisa: number;
  totalPaisa: number;
  clearanceDays: number;
  /** Paid milestone by milestone (fundMilestone), never as a whole (fundEscrow refuses). */
  hasMilestones: boolean;
}

/**
 * Locks the order row before any of its money moves. Funding, release and refund of one order
 * therefore run one after another, and each sees the state (and escrow) the previous one left:
 * two concurrent requests cannot both fund, or both take the last of the escrow. The lock is
 * taken before the ledger's account locks, always in that order. Whether the order has milestones
 * comes with it: one round trip fewer for every funding, while the order's lock is held.
 */
export async function lockMoneyOrder(tx: Tx, orderId: string): Promise<MoneyOrder> {
  const rows = await tx.$queryRaw<MoneyOrder[]>`
    SELECT o.id, o."clientId", o."freelancerId", o."subtotalPaisa", o."clientFeePaisa", o."freelancerFeePaisa", o."totalPaisa",
      o."clearanceDays", EXISTS (SELECT 1 FROM "Milestone" m WHERE m."orderId" = o.id) AS "hasMilestones"
    FROM "Order" o WHERE o.id = ${orderId} FOR UPDATE OF o`;
  const order = rows[0];
  if (!order) throw new AppError("NOT_FOUND", "payments:errors.ledger.orderNotFound");
  return order;
}
