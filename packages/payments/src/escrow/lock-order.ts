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
}

/**
 * Locks the order row before any of its money moves. Funding, release and refund of one order
 * therefore run one after another, and each sees the state (and escrow) the previous one left:
 * two concurrent requests cannot both fund, or both take the last of the escrow. The lock is
 * taken before the ledger's account locks, always in that order.
 */
export async function lockMoneyOrder(tx: Tx, orderId: string): Promise<MoneyOrder> {
  const rows = await tx.$queryRaw<MoneyOrder[]>`
    SELECT id, "clientId", "freelancerId", "subtotalPaisa", "clientFeePaisa", "freelancerFeePaisa", "totalPaisa", "clearanceDays"
    FROM "Order" WHERE id = ${orderId} FOR UPDATE`;
  const order = rows[0];
  if (!order) throw new AppError("NOT_FOUND", "payments:errors.ledger.orderNotFound");
  return order;
}
