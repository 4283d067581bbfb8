import type { Db, Tx } from "@hunar/db/types";
import { PAYOUT_METHOD_SELECT, type PayoutMethodView } from "./payout-method-view.ts";

/** The user's payout methods that are not removed, the default first, then oldest first. */
export async function listPayoutMethods(db: Db | Tx, userId: string): Promise<PayoutMethodView[]> {
  return db.payoutMethod.findMany({
    where: { userId, deletedAt: null },
    select: PAYOUT_METHOD_SELECT,
    orderBy: [{ isDefault: "desc" }, { createdAt: "asc" }, { id: "asc" }],
  });
}
