import { cancelUnpaidOrder } from "@hunar/orders/checkout/cancel-unpaid-order";
import type { GigOrderQuoteInput, PayOrderInput } from "@hunar/orders/checkout/checkout-input";
import { getCheckoutOrder } from "@hunar/orders/checkout/get-checkout-order";
import { payOrder } from "@hunar/orders/checkout/pay-order";
import { placeGigOrder } from "@hunar/orders/checkout/place-gig-order";
import { quoteGigOrder } from "@hunar/orders/checkout/quote-gig-order";
import { listMyOrders, ORDER_FILTERS, ORDER_SIDES } from "@hunar/orders/list-my-orders";
import { getOrderPage } from "@hunar/orders/page/get-order-page";
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
const ZMine = z.object({
  side: z.enum(ORDER_SIDES, { error: "errors:invalid" }),
  filter: z.enum(ORDER_FILTERS, { error: "errors:invalid" }).optional(),
  cursor: ZText.nullish(),
});

const client = (user: { id: string }) => ({ userId: user.id });

export const ordersRouter = router({
  quote: protectedProcedure.input(ZQuote).query(({ ctx, input }) => quoteGigOrder(ctx.db, input as GigOrderQuoteInput)),

  place: protectedProcedure
    .input(ZPlace)
    .mutation(({ ctx, input }) => placeGigOrder(ctx.db, client(ctx.user), input as GigOrderQuoteInput & { requirements?: string | null })),

  pay: protectedProcedure.input(ZPay).mutation(({ ctx, input }) => payOrder(ctx.db, client(ctx.user), input as PayOrderInput)),

  checkout: protectedProcedure.input(ZOrder).query(({ ctx, input }) => getCheckoutOrder(ctx.db, ctx.user.id, input.orderId)),

  cancelUnpaid: protectedProcedure.input(ZOrder).mutation(({ ctx, input }) => cancelUnpaidOrder(ctx.db, client(ctx.user), input.orderId)),

  mine: protectedProcedure.input(ZMine).query(({ ctx, input }) => listMyOrders(ctx.db, ctx.user.id, input)),

  page: protectedProcedure
    .input(ZOrder)
    .query(({ ctx, input }) => getOrderPage(ctx.db, { userId: ctx.user.id, isAdmin: ctx.user.isAdmin }, input.orderId)),
});
