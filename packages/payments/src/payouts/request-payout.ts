import { AppError, isAppError } from "@hunar/core/app-error";
import type { Db, Tx } from "@hunar/db/types";
import { z } from "zod";
import { getFeeScheduleInForce } from "../fees/fee-schedule.ts";
import { accountKey } from "../ledger/accounts.ts";
import { getUserBalances } from "../ledger/balances.ts";
import { lockAccounts } from "../ledger/lock-accounts.ts";
import { postTransaction } from "../ledger/post-transaction.ts";
import { isIdempotencyKeyRace } from "../ledger/retryable-error.ts";
import { withMoneyTransaction } from "../ledger/with-money-transaction.ts";
import type { PayoutUser } from "./payout-actor.ts";
import { parseInput } from "@hunar/core/parse-input";
import { moneyParam } from "@hunar/i18n/format";
import { PAYOUTS_KEY, ZPayoutAmount, ZPayoutId, ZRequestKey } from "./payout-input.ts";
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
  const params = { availablePaisa: availablePaisa.toString(), available: moneyParam(availablePaisa) };
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
 * moves nothing, also when the submits race.
 *
 * Every decision that depends on another submit's outcome is taken under the user's account
 * locks (the ones the posting takes, in the same key order): first the request key is looked up
 * again, then the balance is checked. A duplicate that missed the key before the first submit
 * committed therefore waits for that commit and finds the key, instead of finding the balance
 * already spent. Two withdrawals with different keys run one after the other the same way; the
 * second finds the money gone.
 */
export async function requestPayout(db: Db, user: PayoutUser, raw: unknown): Promise<RequestPayoutResult> {
  const input = parseInput(ZRequestPayoutInput, raw);
  const idempotencyKey = `payout:${user.userId}:${input.requestKey}`;
  // The common replay (a form posted again later) answers without a transaction.
  const earlier = await findByRequestKey(db, idempotencyKey);
  if (earlier) return { ...earlier, replayed: true };

  const schedule = await getFeeScheduleInForce(db);
  const minimum = BigInt(schedule.payoutMinimumPaisa);
  if (input.amountPaisa < minimum) {
    const params = { minimumPaisa: minimum.toString(), minimum: moneyParam(minimum) };
    throw new AppError("BAD_INPUT", `${PAYOUTS_KEY}.belowMinimum`, {
      params,
      fields: { amountPaisa: { key: `${PAYOUTS_KEY}.belowMinimum`, params } },
    });
  }

  try {
    return await withMoneyTransaction(db, (tx) => requestUnderLocks(tx, user.userId, input, idempotencyKey));
  } catch (error) {
    // Belt and braces: whatever refused this submit (the ledger's own balance check, the key's
    // unique index still colliding after the retries), a request under the same key that
    // committed meanwhile is the answer the contract promises.
    if (isAppError(error) || isIdempotencyKeyRace(error)) {
      const winner = await findByRequestKey(db, idempotencyKey);
      if (winner) return { ...winner, replayed: true };
    }
    if (isAppError(error) && error.messageKey === "payments:errors.ledger.insufficientFunds") {
      throw insufficientFunds((await getUserBalances(db, user.userId)).available);
    }
    throw error;
  }
}

async function requestUnderLocks(
  tx: Tx,
  userId: string,
  input: { payoutMethodId: string; amountPaisa: bigint },
  idempotencyKey: string,
): Promise<RequestPayoutResult> {
  const availableRef = { type: "FREELANCER_AVAILABLE", userId } as const;
  const clearingRef = { type: "PAYOUT_CLEARING", userId } as const;
  const accounts = await lockAccounts(tx, [availableRef, clearingRef]);
  // Under the locks: a racing submit of the same key has committed (found here) or rolled back.
  const winner = await findByRequestKey(tx, idempotencyKey);
  if (winner) return { ...winner, replayed: true };
  const available = accounts.get(accountKey(availableRef))?.balancePaisa ?? 0n;
  if (input.amountPaisa > available) throw insufficientFunds(available);

  const method = await findOwnPayoutMethod(tx, userId, input.payoutMethodId);
  const request = await tx.payoutRequest.create({
    data: {
      userId,
      payoutMethodId: method.id,
      amountPaisa: input.amountPaisa,
      rail: method.rail,
      accountTitle: method.accountTitle,
      accountNumber: method.accountNumber,
    },
    select: PAYOUT_REQUEST_SELECT,
  });
  // The locks are already ours, so postTransaction's own lock and key check pass straight through.
  const posted = await postTransaction(tx, {
    idempotencyKey,
    kind: "PAYOUT_REQUESTED",
    createdById: userId,
    payoutRequestId: request.id,
    lines: [
      { account: availableRef, amountPaisa: -input.amountPaisa },
      { account: clearingRef, amountPaisa: input.amountPaisa },
    ],
  });
  if (!posted.replayed) return { ...request, replayed: false };
  // Cannot happen while every posting of this key takes these locks; if it ever does, our row
  // is surplus and the posted request is the answer.
  await tx.payoutRequest.delete({ where: { id: request.id } });
  const posting = await findByRequestKey(tx, idempotencyKey);
  if (!posting) throw new Error(`payout posting ${idempotencyKey} has no payout request`);
  return { ...posting, replayed: true };
}
