import type { Db } from "@hunar/db/types";
import { PAYOUT_REQUEST_SELECT, type PayoutRequestView } from "./payout-request-view.ts";

/**
 * The user's withdrawals, newest first, with what happened to each (the bank reference once
 * paid, the admin's reason if rejected). Served by the (userId, createdAt desc) index.
 */
export async function listMyPayouts(db: Db, userId: string, options: { limit?: number } = {}): Promise<PayoutRequestView[]> {
  const limit = Math.min(Math.max(Math.trunc(options.limit ?? 50), 1), 200);
  return db.payoutRequest.findMany({
    where: { userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: PAYOUT_REQUEST_SELECT,
  });
}
