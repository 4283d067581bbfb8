import { orderFunding } from "@hunar/orders/order-funding";
import { cancelFunding } from "@hunar/payments/funding/cancel-funding";
import { listMyFunding } from "@hunar/payments/funding/list-funding";
import { type ManualFundingInput, submitManualFunding } from "@hunar/payments/funding/manual-provider";
import { platformReceivingAccounts } from "@hunar/payments/funding/platform-accounts";
import { fundWithSandbox } from "@hunar/payments/funding/sandbox-provider";
import { getUserBalances } from "@hunar/payments/ledger/balances";
import { z } from "zod";
import { protectedProcedure, router } from "../trpc.ts";
import { ZId, ZText } from "../input-shapes.ts";

// Procedures only check the shape of what arrives; the payments domain validates every value
// (rail, reference, amount) and names the field that is wrong in its own words.
const ZAmount = z.bigint({ error: "errors:invalid" });

const ZManual = z.object({ amountPaisa: ZAmount, rail: ZText, reference: ZText, orderId: ZId.nullish() });
const ZSandbox = z.object({ amountPaisa: ZAmount, orderId: ZId.nullish() });

const client = (user: { id: string }) => ({ userId: user.id });

export const paymentsRouter = router({
  balances: protectedProcedure.query(({ ctx }) => getUserBalances(ctx.db, ctx.user.id)),

  receivingAccounts: protectedProcedure.query(() => platformReceivingAccounts()),

  myFunding: protectedProcedure.query(({ ctx }) => listMyFunding(ctx.db, ctx.user.id)),

  submitFunding: protectedProcedure
    .input(ZManual)
    .mutation(({ ctx, input }) => submitManualFunding(ctx.db, client(ctx.user), input as ManualFundingInput, orderFunding)),

  sandboxFunding: protectedProcedure
    .input(ZSandbox)
    .mutation(({ ctx, input }) => fundWithSandbox(ctx.db, client(ctx.user), input, orderFunding)),

  cancelFunding: protectedProcedure
    .input(z.object({ fundingRequestId: ZId }))
    .mutation(({ ctx, input }) => cancelFunding(ctx.db, client(ctx.user), input.fundingRequestId)),
});
