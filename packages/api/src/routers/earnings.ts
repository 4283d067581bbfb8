import { getUserBalances } from "@hunar/payments/ledger/balances";
import { cancelPayout } from "@hunar/payments/payouts/cancel-payout";
import { listMyPayouts } from "@hunar/payments/payouts/list-my-payouts";
import { addPayoutMethod } from "@hunar/payments/payouts/add-payout-method";
import { listPayoutMethods } from "@hunar/payments/payouts/list-payout-methods";
import { removePayoutMethod } from "@hunar/payments/payouts/remove-payout-method";
import { setDefaultPayoutMethod } from "@hunar/payments/payouts/set-default-payout-method";
import { requestPayout } from "@hunar/payments/payouts/request-payout";
import { getEarningsStatement } from "@hunar/payments/statements/get-earnings-statement";
import { listAccountActivity } from "@hunar/payments/statements/list-account-activity";
import { monthlyNetEarnings } from "@hunar/payments/statements/monthly-net-earnings";
import { z } from "zod";
import { protectedProcedure, router } from "../trpc.ts";
import { ZId } from "../input-shapes.ts";

// The payout rules (rails, account numbers, amounts, minimum, request keys) belong to the
// payments domain, which reports them per field; here inputs only need their basic shape.
const ZPayoutMethod = z.object({
  rail: z.string({ error: "errors:required" }),
  accountTitle: z.string({ error: "errors:required" }),
  accountNumber: z.string({ error: "errors:required" }),
  bankName: z.string({ error: "errors:invalid" }).nullish(),
});

const me = (user: { id: string }) => ({ userId: user.id });

/** The signed-in freelancer's own money: every procedure acts on ctx.user's rows only. */
export const earningsRouter = router({
  balances: protectedProcedure.query(({ ctx }) => getUserBalances(ctx.db, ctx.user.id)),

  payoutMethods: protectedProcedure.query(({ ctx }) => listPayoutMethods(ctx.db, ctx.user.id)),

  addPayoutMethod: protectedProcedure.input(ZPayoutMethod).mutation(({ ctx, input }) => addPayoutMethod(ctx.db, me(ctx.user), input)),

  removePayoutMethod: protectedProcedure
    .input(z.object({ payoutMethodId: ZId }))
    .mutation(({ ctx, input }) => removePayoutMethod(ctx.db, me(ctx.user), input.payoutMethodId)),

  setDefaultPayoutMethod: protectedProcedure
    .input(z.object({ payoutMethodId: ZId }))
    .mutation(({ ctx, input }) => setDefaultPayoutMethod(ctx.db, me(ctx.user), input.payoutMethodId)),

  requestPayout: protectedProcedure
    .input(z.object({ payoutMethodId: ZId, amountPaisa: z.bigint({ error: "errors:invalid" }), requestKey: ZId }))
    .mutation(({ ctx, input }) => requestPayout(ctx.db, me(ctx.user), input)),

  cancelPayout: protectedProcedure
    .input(z.object({ payoutRequestId: ZId }))
    .mutation(({ ctx, input }) => cancelPayout(ctx.db, me(ctx.user), input.payoutRequestId)),

  myPayouts: protectedProcedure.query(({ ctx }) => listMyPayouts(ctx.db, ctx.user.id)),

  // Period, month count, account and cursor are checked by the statements domain (field errors).
  statement: protectedProcedure
    .input(z.object({ year: z.number({ error: "errors:invalid" }), month: z.number({ error: "errors:invalid" }).nullish() }))
    .query(({ ctx, input }) => getEarningsStatement(ctx.db, ctx.user.id, input)),

  monthlyEarnings: protectedProcedure
    .input(z.object({ months: z.number({ error: "errors:invalid" }).optional() }).default({}))
    .query(({ ctx, input }) => monthlyNetEarnings(ctx.db, ctx.user.id, { months: input.months ?? 12, now: new Date() })),

  activity: protectedProcedure
    .input(
      z.object({
        account: z.enum(["available", "pending", "wallet"], { error: "errors:invalid" }),
        cursor: z.string({ error: "errors:invalid" }).max(200, { error: "errors:invalid" }).nullish(),
        limit: z.number({ error: "errors:invalid" }).optional(),
      }),
    )
    .query(({ ctx, input }) => listAccountActivity(ctx.db, ctx.user.id, input)),
});
