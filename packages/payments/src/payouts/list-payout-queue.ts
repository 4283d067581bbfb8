import type { Db, PaymentRail, Prisma } from "@hunar/db/types";

export interface PayoutQueueItem {
  id: string;
  amountPaisa: bigint;
  createdAt: Date;
  freelancer: { id: string; displayName: string; handle: string | null };
  /** Where to send the money: the details copied onto the request when it was made. */
  rail: PaymentRail;
  accountTitle: string;
  accountNumber: string;
  bankName: string | null;
}

// Shared by the queue and its count so the admin home's number is the page's.
const WAITING_TO_BE_PAID = { status: "REQUESTED" } as const satisfies Prisma.PayoutRequestWhereInput;

/**
 * Payouts waiting for an admin to send the money, oldest first (first come, first paid).
 * Authorization is the caller's: only admins may see it. The (status, createdAt) index serves it.
 */
export async function listPayoutQueue(db: Db, options: { limit?: number } = {}): Promise<PayoutQueueItem[]> {
  const limit = Math.min(Math.max(Math.trunc(options.limit ?? 100), 1), 500);
  const rows = await db.payoutRequest.findMany({
    where: WAITING_TO_BE_PAID,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: limit,
    select: {
      id: true,
      amountPaisa: true,
      createdAt: true,
      rail: true,
      accountTitle: true,
      accountNumber: true,
      user: { select: { id: true, displayName: true, handle: true } },
      payoutMethod: { select: { bankName: true } },
    },
  });
  return rows.map(({ user, payoutMethod, ...row }) => ({ ...row, freelancer: user, bankName: payoutMethod.bankName }));
}

/** How many payouts wait to be paid, all of them (the queue stops at its limit). */
export function countPayoutQueue(db: Db): Promise<number> {
  return db.payoutRequest.count({ where: WAITING_TO_BE_PAID });
}
