import type { FundingStatus, PaymentRail, Tx } from "@hunar/db/types";

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

/**
 * Locks an order row without reading it (its state is the orders package's): a confirmation takes
 * the order's lock before any ledger account, the order every checkout step uses, so a payment of
 * the same order at that moment waits instead of deadlocking.
 */
export async function lockOrderRow(tx: Tx, id: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Order" WHERE id = ${id} FOR UPDATE`;
}
