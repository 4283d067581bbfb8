import type { OrderStatus, PackageTier, Tx } from "@hunar/db/types";

export interface LockedOrder {
  id: string;
  number: number;
  title: string;
  clientId: string;
  freelancerId: string;
  gigId: string | null;
  packageTier: PackageTier | null;
  status: OrderStatus;
  subtotalPaisa: number;
  totalPaisa: number;
  deliveryDays: number;
  revisionsAllowed: number | null;
  revisionsUsed: number;
  fundedAt: Date | null;
  requirementsSubmittedAt: Date | null;
  dueAt: Date | null;
  deliveredAt: Date | null;
  autoCompleteAt: Date | null;
  completedAt: Date | null;
  reviewsCloseAt: Date | null;
}

/**
 * Locks the order row until the transaction ends and reads its state. Every status change takes
 * this lock first (before payments takes any ledger account lock), so changes of one order run
 * one after another and each sees the status the previous one left.
 */
export async function lockOrder(tx: Tx, id: string): Promise<LockedOrder | null> {
  const rows = await tx.$queryRaw<LockedOrder[]>`
    SELECT id, number, title, "clientId", "freelancerId", "gigId", "packageTier"::text AS "packageTier", status::text AS status,
      "subtotalPaisa", "totalPaisa", "deliveryDays", "revisionsAllowed", "revisionsUsed", "fundedAt", "requirementsSubmittedAt",
      "dueAt", "deliveredAt", "autoCompleteAt", "completedAt", "reviewsCloseAt"
    FROM "Order" WHERE id = ${id} FOR UPDATE`;
  return rows[0] ?? null;
}
