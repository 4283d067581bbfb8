import type { FundingStatus, OrderStatus, PaymentRail, Tx } from "@hunar/db/types";

export interface LockedFunding {
  id: string;
  userId: string;
  orderId: string | null;
  amountPaisa: bigint;
  rail: PaymentRail;
  status: FundingStatus;
}

/**
 * Locks a funding request until the transaction ends. Every decision takes this lock and then
 * checks the status it found, so of two admins (or an admin and the gateway) exactly one decides.
 */
export async function lockFunding(tx: Tx, id: string): Promise<LockedFunding | null> {
  const rows = await tx.$queryRaw<LockedFunding[]>`
    SELECT id, "userId", "orderId", "amountPaisa", rail::text AS rail, status::text AS status
    FROM "FundingRequest" WHERE id = ${id} FOR UPDATE`;
  return rows[0] ?? null;
}

export interface LockedOrder {
  id: string;
  clientId: string;
  freelancerId: string;
  status: OrderStatus;
  totalPaisa: number;
}

/** Locks an order row: payment, funding and cancellation of one order run one after another. */
export async function lockOrder(tx: Tx, id: string): Promise<LockedOrder | null> {
  const rows = await tx.$queryRaw<LockedOrder[]>`
    SELECT id, "clientId", "freelancerId", status::text AS status, "totalPaisa"
    FROM "Order" WHERE id = ${id} FOR UPDATE`;
  return rows[0] ?? null;
}
