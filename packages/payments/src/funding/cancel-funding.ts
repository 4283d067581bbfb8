import { AppError } from "@hunar/core/app-error";
import type { Db } from "@hunar/db/types";
import { withMoneyTransaction } from "../ledger/with-money-transaction.ts";
import { ZId } from "./funding-input.ts";
import { FUNDING_VIEW_SELECT, type FundingUser, type FundingView } from "./funding-view.ts";
import { lockFunding } from "./lock-rows.ts";

/**
 * The client withdraws a request the admin has not decided yet (sent nothing after all, typed
 * the wrong amount). Someone else's request is NOT_FOUND, as if it did not exist.
 */
export function cancelFunding(db: Db, user: FundingUser, fundingRequestId: string): Promise<FundingView> {
  const id = ZId.safeParse(fundingRequestId);
  if (!id.success) return Promise.reject(new AppError("NOT_FOUND", "errors:notFound"));
  return withMoneyTransaction(db, async (tx) => {
    const locked = await lockFunding(tx, id.data);
    if (!locked || locked.userId !== user.userId) throw new AppError("NOT_FOUND", "errors:notFound");
    if (locked.status !== "PENDING") throw new AppError("INVALID_STATE", "payments:errors.funding.notCancellable");
    return tx.fundingRequest.update({ where: { id: locked.id }, data: { status: "CANCELLED" }, select: FUNDING_VIEW_SELECT });
  });
}
