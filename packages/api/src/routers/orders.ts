import { cancelUnpaidOrder } from "@hunar/orders/checkout/cancel-unpaid-order";
import type { GigOrderQuoteInput, PayOrderInput } from "@hunar/orders/checkout/checkout-input";
import { getCheckoutOrder } from "@hunar/orders/checkout/get-checkout-order";
import { payOrder } from "@hunar/orders/checkout/pay-order";
import { placeGigOrder } from "@hunar/orders/checkout/place-gig-order";
import { quoteGigOrder } from "@hunar/orders/checkout/quote-gig-order";
import { listMyOrders } from "@hunar/orders/list-my-orders";
import { z } from "zod";
import { protectedProcedure, router } from "../trpc.ts";

// Procedures only check the shape of what arrives; the orders domain validates every value
// (tier, method, rail, reference) and names the field that is wrong in its own words.
const ZId = z.string({ error: "errors:required" }).min(1, { error: "errors:required" }).max(200, { error: "errors:invalid" });
const ZText = z.string({ error: "errors:invalid" }).max(10_000, { error: "errors:invalid" });

const ZQuote = z.object({ gigId: ZId, tier: ZText });
const ZPlace = ZQuote.extend({ requirements: ZText.nullish() });
const ZPay = z.object({ orderId: ZId, method: ZText, rail: ZText.optional(), reference: ZText.optional() });
const ZOrder = z.object({ orderId: ZId });

const client = (user: { id: string }) => ({ userId: user.id });

export const ordersRouter = router({
  quote: protectedProcedure.input(ZQuote).query(({ ctx, input }) => quoteGigOrder(ctx.db, input as GigOrderQuoteInput)),

  place: protectedProcedure
    .input(ZPlace)
    .mutation(({ ctx, input }) => placeGigOrder(ctx.db, client(ctx.user), input as GigOrderQuoteInput & { requirements?: string | null })),

  pay: protectedProcedure.input(ZPay).mutation(({ ctx, input }) => payOrder(ctx.db, client(ctx.user), input as PayOrderInput)),

  checkout: protectedProcedure.input(ZOrder).query(({ ctx, input }) => getCheckoutOrder(ctx.db, ctx.user.id, input.orderId)),

  cancelUnpaid: protectedProcedure.input(ZOrder).mutation(({ ctx, input }) => cancelUnpaidOrder(ctx.db, client(ctx.user), input.orderId)),

  mine: protectedProcedure.query(({ ctx }) => listMyOrders(ctx.db, ctx.user.id)),
});
