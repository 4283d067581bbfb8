import type { Db } from "@hunar/db/types";
import { notify } from "@hunar/notifications/notify";
import { z } from "zod";
import { postTransaction } from "../ledger/post-transaction.ts";
import { withMoneyTransaction } from "../ledger/with-money-transaction.ts";
import type { PayoutAdmin } from "./payout-actor.ts";
import { parseInput } from "@hunar/core/parse-input";
import { ZDecisionReason, ZPayoutId } from "./payout-input.ts";
import {
  assertAdmin,
  assertAdminInDb,
  assertRequested,
  auditPayoutDecision,
  lockPayoutRequest,
  PAYOUT_REQUEST_SELECT,
  type PayoutRequestView,
} from "./payout-request-view.ts";

export const ZRejectPayoutInput = z.object({ payoutRequestId: ZPayoutId, reason: ZDecisionReason });

/**
 * The admin cannot pay this request (the account title does not match, the bank bounced it):
 * the money goes back to the freelancer's available balance and the reason is shown to them (and
 * sent, as payout.rejected).
 */
export async function rejectPayout(db: Db, admin: PayoutAdmin, raw: unknown): Promise<PayoutRequestView> {
  assertAdmin(admin);
  const input = parseInput(ZRejectPayoutInput, raw);
  return withMoneyTransaction(db, async (tx) => {
    await assertAdminInDb(tx, admin);
    const request = await lockPayoutRequest(tx, input.payoutRequestId);
    assertRequested(request);
    const rejected = await tx.payoutRequest.update({
      where: { id: request.id },
      data: { status: "REJECTED", rejectionReason: input.reason, processedById: admin.userId, processedAt: new Date() },
      select: PAYOUT_REQUEST_SELECT,
    });
    await postTransaction(tx, {
      idempotencyKey: `payout:${request.id}:reject`,
      kind: "PAYOUT_REJECTED",
      createdById: admin.userId,
      payoutRequestId: request.id,
      lines: [
        { account: { type: "PAYOUT_CLEARING", userId: request.userId }, amountPaisa: -request.amountPaisa },
        { account: { type: "FREELANCER_AVAILABLE", userId: request.userId }, amountPaisa: request.amountPaisa },
      ],
    });
    await auditPayoutDecision(tx, admin, { action: "payout.reject", request, decided: rejected, reason: input.reason });
    await notify(tx, {
      userId: request.userId,
      kind: "payout.rejected",
      data: { payoutRequestId: request.id, amountPaisa: request.amountPaisa.toString(), reason: input.reason },
      link: "/earnings",
      dedupeKey: `payout:${request.id}:rejected`,
    });
    return rejected;
  });
}
