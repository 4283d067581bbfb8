import { badInput } from "@hunar/core/app-error";
import type { Db } from "@hunar/db/client";
import { getFeeScheduleInForce } from "@hunar/payments/fees/fee-schedule";
import { getUserBalances } from "@hunar/payments/ledger/balances";
import { cancelPayout } from "@hunar/payments/payouts/cancel-payout";
import { listMyPayouts } from "@hunar/payments/payouts/list-my-payouts";
import { listPayoutMethods } from "@hunar/payments/payouts/list-payout-methods";
import { requestPayout } from "@hunar/payments/payouts/request-payout";
import { type ActivityLine, listAccountActivity } from "@hunar/payments/statements/list-account-activity";
import { monthlyNetEarnings } from "@hunar/payments/statements/monthly-net-earnings";
import { parseRupees } from "@hunar/core/money";
import { data, redirect } from "react-router";
import type { BalancesView } from "#app/components/earnings/balance-cards.tsx";
import { formErrorResponse } from "./action-errors.server.ts";
import { textField } from "./form-data.ts";

/**
 * The next release still waiting out its clearance period. Entries do not say whether an old
 * release has cleared, so only future dates count; pending money with no future date is overdue
 * (the sweep has not run yet) and clears any moment now.
 */
export function nextClearing(pending: readonly ActivityLine[], pendingPaisa: bigint, now: Date): BalancesView["nextClearing"] {
  if (pendingPaisa <= 0n) return null;
  const waiting = pending.filter(
    (line) =>
      (line.kind === "ESCROW_RELEASED" || line.kind === "DISPUTE_SETTLED") &&
      line.amountPaisa > 0n &&
      line.clearsAt !== null &&
      line.clearsAt > now,
  );
  const next = waiting.reduce<ActivityLine | undefined>(
    (soonest, line) => (!soonest || line.clearsAt! < soonest.clearsAt! ? line : soonest),
    undefined,
  );
  if (next?.clearsAt) return { amountPaisa: next.amountPaisa, clearsAt: next.clearsAt };
  return { amountPaisa: pendingPaisa, clearsAt: now };
}

/** Everything the earnings dashboard shows, plus a fresh request key for this render's withdraw form. */
export async function loadEarnings(db: Db, userId: string, now = new Date()) {
  const [balances, schedule, methods, payouts, activity, pending, monthly] = await Promise.all([
    getUserBalances(db, userId),
    getFeeScheduleInForce(db, now),
    listPayoutMethods(db, userId),
    listMyPayouts(db, userId),
    listAccountActivity(db, userId, { account: "available", limit: 10 }),
    listAccountActivity(db, userId, { account: "pending", limit: 50 }),
    monthlyNetEarnings(db, userId, { months: 12, now }),
  ]);
  return {
    balances: {
      available: balances.available,
      pending: balances.pending,
      clearing: balances.clearing,
      nextClearing: nextClearing(pending.items, balances.pending, now),
    },
    payoutMinimumPaisa: schedule.payoutMinimumPaisa,
    methods,
    payouts,
    activity: activity.items,
    monthly: monthly.map(({ month, netPaisa }) => ({ year: Number(month.slice(0, 4)), month: Number(month.slice(5, 7)), netPaisa })),
    requestKey: crypto.randomUUID(),
  };
}

/** Withdraw or cancel; success redirects (so a reload never posts again), failure answers the form. */
export async function earningsAction(db: Db, userId: string, form: FormData) {
  const intent = textField(form, "intent");
  const user = { userId };
  if (intent === "cancel") {
    try {
      await cancelPayout(db, user, textField(form, "payoutRequestId"));
    } catch (error) {
      return formErrorResponse(error, { form: "cancel" as const, values: null });
    }
    return redirect("/earnings?done=cancelled");
  }
  if (intent !== "withdraw") throw data({ messageKey: "errors:invalid" }, { status: 400 });
  const values = { payoutMethodId: textField(form, "payoutMethodId"), amount: textField(form, "amount") };
  try {
    const amount = parseRupees(values.amount);
    if (!amount.ok) throw badInput({ amount: amount.error });
    if (!values.payoutMethodId) throw badInput({ payoutMethodId: { key: "earnings:errors.methodRequired" } });
    await requestPayout(db, user, {
      payoutMethodId: values.payoutMethodId,
      amountPaisa: amount.paisa,
      requestKey: textField(form, "requestKey"),
    });
  } catch (error) {
    return formErrorResponse(error, { form: "withdraw" as const, values });
  }
  return redirect("/earnings?done=requested");
}
