import { AppError } from "@hunar/core/app-error";
import type { Db } from "@hunar/db/types";
import { notify } from "@hunar/notifications/notify";
import { z } from "zod";
import { postTransaction } from "../ledger/post-transaction.ts";
import { isUniqueViolationOn } from "../ledger/retryable-error.ts";
import { withMoneyTransaction } from "../ledger/with-money-transaction.ts";
import type { PayoutAdmin } from "./payout-actor.ts";
import { parseInput } from "@hunar/core/parse-input";
import { PAYOUTS_KEY, ZDecisionReason, ZPayoutId, ZProviderReference } from "./payout-input.ts";
import {
  assertAdmin,
  assertAdminInDb,
  assertRequested,
  auditPayoutDecision,
  lockPayoutRequest,
  PAYOUT_REQUEST_SELECT,
  type PayoutRequestView,
} from "./payout-request-view.ts";

export const ZMarkPayoutPaidInput = z.object({
  payoutRequestId: ZPayoutId,
  // Bank references are compared case-insensitively, so "ft123" cannot sneak past "FT123".
  reference: ZProviderReference.transform((value) => value.toUpperCase()),
  // A form posts the optional note as "" when left empty.
  reason: z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), ZDecisionReason.optional()),
});

const REFERENCE_USED = `${PAYOUTS_KEY}.referenceUsed`;

function referenceUsed(): AppError {
  return new AppError("CONFLICT", REFERENCE_USED, { fields: { reference: { key: REFERENCE_USED } } });
}

// PostgreSQL names the index (PayoutRequest_rail_providerReference_key); PGlite lists the fields.
function isReferenceRace(error: unknown): boolean {
  return (
    isUniqueViolationOn(error, "PayoutRequest", "rail_providerReference") ||
    isUniqueViolationOn(error, "PayoutRequest", "providerReference")
  );
}

/**
 * The admin sent the money and records the bank or wallet transaction id: the request becomes
 * PAID and its amount leaves the platform (payout clearing -> external payouts), and the
 * freelancer is notified (payout.paid, delivered once this commits). A reference
 * may be used once per rail, so one transfer cannot settle two requests.
 */
export async function markPayoutPaid(db: Db, admin: PayoutAdmin, raw: unknown): Promise<PayoutRequestView> {
  assertAdmin(admin);
  const input = parseInput(ZMarkPayoutPaidInput, raw);
  try {
    return await withMoneyTransaction(db, async (tx) => {
      await assertAdminInDb(tx, admin);
      const request = await lockPayoutRequest(tx, input.payoutRequestId);
      assertRequested(request);
      const taken = await tx.payoutRequest.findFirst({
        where: { rail: request.rail, providerReference: input.reference },
        select: { id: true },
      });
      if (taken) throw referenceUsed();
      const paid = await tx.payoutRequest.update({
        where: { id: request.id },
        data: { status: "PAID", providerReference: input.reference, processedById: admin.userId, processedAt: new Date() },
        select: PAYOUT_REQUEST_SELECT,
      });
      await postTransaction(tx, {
        idempotencyKey: `payout:${request.id}:paid`,
        kind: "PAYOUT_PAID",
        createdById: admin.userId,
        payoutRequestId: request.id,
        lines: [
          { account: { type: "PAYOUT_CLEARING", userId: request.userId }, amountPaisa: -request.amountPaisa },
          { account: { type: "EXTERNAL_PAYOUTS" }, amountPaisa: request.amountPaisa },
        ],
      });
      // The reason for paying is the transfer itself: the required reference is the evidence an
      // auditor checks against the bank statement, so a second required note would only repeat it.
      // It is what the audit row's reason says unless the admin added a note of their own.
      await auditPayoutDecision(tx, admin, { action: "payout.pay", request, decided: paid, reason: input.reason ?? input.reference });
      await notify(tx, {
        userId: request.userId,
        kind: "payout.paid",
        data: { payoutRequestId: request.id, amountPaisa: request.amountPaisa.toString(), rail: request.rail, reference: input.reference },
        link: "/earnings",
        dedupeKey: `payout:${request.id}:paid`,
      });
      return paid;
    });
  } catch (error) {
    // Two admins typing the same reference for two requests at once: the unique index decides.
    if (isReferenceRace(error)) throw referenceUsed();
    throw error;
  }
}
