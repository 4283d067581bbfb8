import type { OrderStatus, Tx } from "@hunar/db/types";

export interface LockedOrder {
  id: string;
  number: number;
  title: string;
  clientId: string;
  freelancerId: string;
  status: OrderStatus;
  subtotalPaisa: number;
  totalPaisa: number;
  deliveryDays: number;
}

/**
 * Locks the order row until the transaction ends and reads its state. Every status change takes
 * this lock first (before payments takes any ledger account lock), so changes of one order run
 * one after another and each sees the status the previous one left.
 */
export async function lockOrder(tx: Tx, id: string): Promise<LockedOrder | null> {
  const rows = await tx.$queryRaw<LockedOrder[]>`
    SELECT id, number, title, "clientId", "freelancerId", status::text AS status, "subtotalPaisa", "totalPaisa", "deliveryDays"
    FROM "Order" WHERE id = ${id} FOR UPDATE`;
  return rows[0] ?? null;
}
