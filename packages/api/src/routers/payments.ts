import type { GigOrderQuoteInput, PayOrderInput } from "@hunar/orders/checkout/checkout-input";
import { orderFunding } from "@hunar/orders/order-funding";
import { cancelUnpaidOrder } from "@hunar/orders/checkout/cancel-unpaid-order";
import { getCheckoutOrder } from "@hunar/orders/checkout/get-checkout-order";
import { payOrder } from "@hunar/orders/checkout/pay-order";
import { placeGigOrder } from "@hunar/orders/checkout/place-gig-order";
import { quoteGigOrder } from "@hunar/orders/checkout/quote-gig-order";
import { cancelFunding } from "@hunar/payments/funding/cancel-funding";
import { listMyFunding } from "@hunar/payments/funding/list-funding";
import { type ManualFundingInput, submitManualFunding } from "@hunar/payments/funding/manual-provider";
import { platformReceivingAccounts } from "@hunar/payments/funding/platform-accounts";
import { fundWithSandbox } from "@hunar/payments/funding/sandbox-provider";
import { getUserBalances } from "@hunar/payments/ledger/balances";
import { z } from "zod";
import { protectedProcedure, router } from "../trpc.ts";

// Procedures only check the shape of what arrives; the payments domain validates every value
// (tier, rail, reference, amount) and names the field that is wrong in its own words.
const ZId = z.string({ error: "errors:required" }).min(1, { error: "errors:required" }).max(200, { error: "errors:invalid" });
const ZText = z.string({ error: "errors:invalid" }).max(10_000, { error: "errors:invalid" });
const ZAmount = z.bigint({ error: "errors:invalid" });

const ZQuote = z.object({ gigId: ZId, tier: ZText });
const ZPlace = ZQuote.extend({ requirements: ZText.nullish() });
const ZPay = z.object({ orderId: ZId, method: ZText, rail: ZText.optional(), reference: ZText.optional() });
const ZManual = z.object({ amountPaisa: ZAmount, rail: ZText, reference: ZText, orderId: ZId.nullish() });
const ZSandbox = z.object({ amountPaisa: ZAmount, orderId: ZId.nullish() });

const client = (user: { id: string }) => ({ userId: user.id });

export const paymentsRouter = router({
  quote: protectedProcedure.input(ZQuote).query(({ ctx, input }) => quoteGigOrder(ctx.db, input as GigOrderQuoteInput)),

  place: protectedProcedure
    .input(ZPlace)
    .mutation(({ ctx, input }) => placeGigOrder(ctx.db, client(ctx.user), input as GigOrderQuoteInput & { requirements?: string | null })),

  pay: protectedProcedure.input(ZPay).mutation(({ ctx, input }) => payOrder(ctx.db, client(ctx.user), input as PayOrderInput)),

  order: protectedProcedure
    .input(z.object({ orderId: ZId }))
    .query(({ ctx, input }) => getCheckoutOrder(ctx.db, ctx.user.id, input.orderId)),

  cancelOrder: protectedProcedure
    .input(z.object({ orderId: ZId }))
    .mutation(({ ctx, input }) => cancelUnpaidOrder(ctx.db, client(ctx.user), input.orderId)),

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
