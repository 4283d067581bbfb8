import { AppError, isAppError } from "@hunar/core/app-error";
import type { Db, Tx } from "@hunar/db/types";
import { z } from "zod";
import { getFeeScheduleInForce } from "../fees/fee-schedule.ts";
import { getUserBalances } from "../ledger/balances.ts";
import { postTransaction } from "../ledger/post-transaction.ts";
import { withMoneyTransaction } from "../ledger/with-money-transaction.ts";
import type { PayoutUser } from "./payout-actor.ts";
import { PAYOUTS_KEY, parsePayoutInput, rupeesParam, ZPayoutAmount, ZPayoutId, ZRequestKey } from "./payout-input.ts";
import { PAYOUT_REQUEST_SELECT, type PayoutRequestView } from "./payout-request-view.ts";
import { findOwnPayoutMethod } from "./remove-payout-method.ts";

export const ZRequestPayoutInput = z.object({
  payoutMethodId: ZPayoutId,
  amountPaisa: ZPayoutAmount,
  requestKey: ZRequestKey,
});

export type RequestPayoutInput = z.input<typeof ZRequestPayoutInput>;

/** The request plus whether this call only found the one an earlier submit of the form made. */
export type RequestPayoutResult = PayoutRequestView & { replayed: boolean };

const INSUFFICIENT = `${PAYOUTS_KEY}.insufficientFunds`;

function insufficientFunds(availablePaisa: bigint): AppError {
  const params = { availablePaisa: availablePaisa.toString(), availableRupees: rupeesParam(availablePaisa) };
  return new AppError("CONFLICT", INSUFFICIENT, { params, fields: { amountPaisa: { key: INSUFFICIENT, params } } });
}

async function findByRequestKey(db: Db | Tx, idempotencyKey: string): Promise<PayoutRequestView | null> {
  const posted = await db.ledgerTransaction.findUnique({
    where: { idempotencyKey },
    select: { payoutRequest: { select: PAYOUT_REQUEST_SELECT } },
  });
  return posted?.payoutRequest ?? null;
}

/**
 * Withdraws available earnings to one of the user's payout methods: the request row and the
 * PAYOUT_REQUESTED posting (available -> payout clearing) commit together. The requestKey is the
 * form's own id: submitting it again (a retry, a double click) returns the first request and
 * moves nothing, also when both submits race. The ledger's lock on the available account makes
 * two withdrawals of the whole balance run one after the other; the second finds it empty.
 */
export async function requestPayout(db: Db, user: PayoutUser, raw: unknown): Promise<RequestPayoutResult> {
  const input = parsePayoutInput(ZRequestPayoutInput, raw);
  const idempotencyKey = `payout:${user.userId}:${input.requestKey}`;
  const earlier = await findByRequestKey(db, idempotencyKey);
  if (earlier) return { ...earlier, replayed: true };

  const schedule = await getFeeScheduleInForce(db);
  const minimum = BigInt(schedule.payoutMinimumPaisa);
  if (input.amountPaisa < minimum) {
    const params = { minimumPaisa: minimum.toString(), minimumRupees: rupeesParam(minimum) };
    throw new AppError("BAD_INPUT", `${PAYOUTS_KEY}.belowMinimum`, {
      params,
      fields: { amountPaisa: { key: `${PAYOUTS_KEY}.belowMinimum`, params } },
    });
  }
  // A friendly early answer; the ledger's check under its lock is the one that counts.
  const { available } = await getUserBalances(db, user.userId);
  if (input.amountPaisa > available) throw insufficientFunds(available);

  try {
    return await withMoneyTransaction(db, async (tx) => {
      const method = await findOwnPayoutMethod(tx, user.userId, input.payoutMethodId);
      const request = await tx.payoutRequest.create({
        data: {
          userId: user.userId,
          payoutMethodId: method.id,
          amountPaisa: input.amountPaisa,
          rail: method.rail,
          accountTitle: method.accountTitle,
          accountNumber: method.accountNumber,
        },
        select: PAYOUT_REQUEST_SELECT,
      });
      const posted = await postTransaction(tx, {
        idempotencyKey,
        kind: "PAYOUT_REQUESTED",
        createdById: user.userId,
        payoutRequestId: request.id,
        lines: [
          { account: { type: "FREELANCER_AVAILABLE", userId: user.userId }, amountPaisa: -input.amountPaisa },
          { account: { type: "PAYOUT_CLEARING", userId: user.userId }, amountPaisa: input.amountPaisa },
        ],
      });
      if (!posted.replayed) return { ...request, replayed: false };
      // A concurrent submit of the same form posted first (we waited on its lock): our row is
      // surplus, and the answer is the request that submit made.
      await tx.payoutRequest.delete({ where: { id: request.id } });
      const winner = await findByRequestKey(tx, idempotencyKey);
      if (!winner) throw new Error(`payout posting ${idempotencyKey} has no payout request`);
      return { ...winner, replayed: true };
    });
  } catch (error) {
    if (isAppError(error) && error.messageKey === "payments:errors.ledger.insufficientFunds") {
      throw insufficientFunds((await getUserBalances(db, user.userId)).available);
    }
    throw error;
  }
}
