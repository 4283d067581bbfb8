import { AppError } from "@hunar/core/app-error";
import type { Db } from "@hunar/db/types";
import { postTransaction } from "../ledger/post-transaction.ts";
import { withMoneyTransaction } from "../ledger/with-money-transaction.ts";
import type { PayoutUser } from "./payout-actor.ts";
import { parseInput } from "@hunar/core/parse-input";
import { PAYOUTS_KEY, ZPayoutId } from "./payout-input.ts";
import { assertRequested, lockPayoutRequest, PAYOUT_REQUEST_SELECT, type PayoutRequestView } from "./payout-request-view.ts";

/**
 * The freelancer changes their mind before an admin has sent the money: the amount returns to
 * available. There is no separate ledger kind for this; it is posted as PAYOUT_REJECTED (money
 * back from clearing) with its own key and a memo, and the request's status says CANCELLED.
 */
export async function cancelPayout(db: Db, user: PayoutUser, rawId: unknown): Promise<PayoutRequestView> {
  const payoutRequestId = parseInput(ZPayoutId, rawId);
  return withMoneyTransaction(db, async (tx) => {
    const request = await lockPayoutRequest(tx, payoutRequestId);
    if (request.userId !== user.userId) throw new AppError("NOT_FOUND", `${PAYOUTS_KEY}.notFound`);
    assertRequested(request);
    const cancelled = await tx.payoutRequest.update({
      where: { id: request.id },
      data: { status: "CANCELLED", processedAt: new Date() },
      select: PAYOUT_REQUEST_SELECT,
    });
    await postTransaction(tx, {
      idempotencyKey: `payout:${request.id}:cancel`,
      kind: "PAYOUT_REJECTED",
      createdById: user.userId,
      payoutRequestId: request.id,
      memo: "cancelled by the freelancer",
      lines: [
        { account: { type: "PAYOUT_CLEARING", userId: request.userId }, amountPaisa: -request.amountPaisa },
        { account: { type: "FREELANCER_AVAILABLE", userId: request.userId }, amountPaisa: request.amountPaisa },
      ],
    });
    return cancelled;
  });
}
