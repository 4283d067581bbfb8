import { cancelUnpaidOrder } from "@hunar/orders/checkout/cancel-unpaid-order";
import type { GigOrderQuoteInput, PayOrderInput } from "@hunar/orders/checkout/checkout-input";
import { getCheckoutOrder } from "@hunar/orders/checkout/get-checkout-order";
import { payOrder } from "@hunar/orders/checkout/pay-order";
import { placeGigOrder } from "@hunar/orders/checkout/place-gig-order";
import { quoteGigOrder } from "@hunar/orders/checkout/quote-gig-order";
import { listMyOrders, ORDER_FILTERS, ORDER_SIDES } from "@hunar/orders/list-my-orders";
import { getOrderPage } from "@hunar/orders/page/get-order-page";
import { answerCancellation } from "@hunar/orders/requests/answer-cancellation";
import { answerExtension } from "@hunar/orders/requests/answer-extension";
import { cancelLateOrder } from "@hunar/orders/requests/cancel-late-order";
import { requestCancellation } from "@hunar/orders/requests/request-cancellation";
import { requestExtension } from "@hunar/orders/requests/request-extension";
import { withdrawRequest } from "@hunar/orders/requests/withdraw-request";
import { submitRequirements } from "@hunar/orders/requirements/submit-requirements";
import { readOrderReviews } from "@hunar/orders/reviews/read-order-reviews";
import { replyToReview } from "@hunar/orders/reviews/reply-to-review";
import { submitReview } from "@hunar/orders/reviews/submit-review";
import { acceptDelivery } from "@hunar/orders/work/accept-delivery";
import { deliverOrder } from "@hunar/orders/work/deliver-order";
import { requestRevision } from "@hunar/orders/work/request-revision";
import { z } from "zod";
import { protectedProcedure, router } from "../trpc.ts";
import { ZId, ZText } from "../input-shapes.ts";

// Procedures only check the shape of what arrives; the orders domain validates every value
// (tier, method, rail, reference, lengths, ratings, days, answers, files) and names the field
// that is wrong in its own words. It also decides who may act: anyone outside the order is told
// it does not exist, the other party that only the one side may do this.

const ZCount = z.number({ error: "errors:invalid" });
/** Lists are bounded here only so a request cannot be made huge; the domain has the real limits. */
const ZList = <T extends z.ZodType>(item: T) => z.array(item, { error: "errors:invalid" }).max(100, { error: "errors:invalid" });

const ZQuote = z.object({ gigId: ZId, tier: ZText });
const ZPlace = ZQuote.extend({ requirements: ZText.nullish() });
const ZPay = z.object({ orderId: ZId, method: ZText, rail: ZText.optional(), reference: ZText.optional() });
const ZOrder = z.object({ orderId: ZId });
const ZMine = z.object({
  side: z.enum(ORDER_SIDES, { error: "errors:invalid" }),
  filter: z.enum(ORDER_FILTERS, { error: "errors:invalid" }).optional(),
  cursor: ZText.nullish(),
});

// The client's answers to the gig's questions; a file is one uploaded beforehand (multipart route).
const ZRequirements = ZOrder.extend({
  answers: ZList(z.object({ position: ZCount, answer: ZText.nullish(), attachmentId: ZId.nullish() }, { error: "errors:invalid" })),
});
// attachmentIds: the freelancer's files stored beforehand by the multipart upload route.
const ZDeliver = ZOrder.extend({ message: ZText, attachmentIds: ZList(ZId).optional() });
const ZReason = ZOrder.extend({ reason: ZText });
const ZExtension = ZReason.extend({ days: ZCount });
const ZRequest = ZOrder.extend({ requestId: ZId });
const ZAnswer = ZRequest.extend({ accept: z.boolean({ error: "errors:invalid" }) });
// Left-out ratings reach the domain as missing, which names each one that is required.
const ZReview = ZOrder.extend({
  rating: ZCount.optional(),
  communication: ZCount.optional(),
  quality: ZCount.optional(),
  onTime: ZCount.optional(),
  comment: ZText.nullish(),
});
const ZReply = z.object({ reviewId: ZId, reply: ZText });

const actor = (user: { id: string }) => ({ userId: user.id });

export const ordersRouter = router({
  quote: protectedProcedure.input(ZQuote).query(({ ctx, input }) => quoteGigOrder(ctx.db, input as GigOrderQuoteInput)),

  place: protectedProcedure
    .input(ZPlace)
    .mutation(({ ctx, input }) => placeGigOrder(ctx.db, actor(ctx.user), input as GigOrderQuoteInput & { requirements?: string | null })),

  pay: protectedProcedure.input(ZPay).mutation(({ ctx, input }) => payOrder(ctx.db, actor(ctx.user), input as PayOrderInput)),

  checkout: protectedProcedure.input(ZOrder).query(({ ctx, input }) => getCheckoutOrder(ctx.db, ctx.user.id, input.orderId)),

  cancelUnpaid: protectedProcedure.input(ZOrder).mutation(({ ctx, input }) => cancelUnpaidOrder(ctx.db, actor(ctx.user), input.orderId)),

  mine: protectedProcedure.input(ZMine).query(({ ctx, input }) => listMyOrders(ctx.db, ctx.user.id, input)),

  page: protectedProcedure
    .input(ZOrder)
    .query(({ ctx, input }) => getOrderPage(ctx.db, { userId: ctx.user.id, isAdmin: ctx.user.isAdmin }, input.orderId)),

  // The order page's actions, one per form (the web's `?intent=` of the same name).

  submitRequirements: protectedProcedure
    .input(ZRequirements)
    .mutation(({ ctx, input }) => submitRequirements(ctx.db, actor(ctx.user), input)),

  deliver: protectedProcedure.input(ZDeliver).mutation(({ ctx, input }) => deliverOrder(ctx.db, actor(ctx.user), input)),

  requestRevision: protectedProcedure.input(ZReason).mutation(({ ctx, input }) => requestRevision(ctx.db, actor(ctx.user), input)),

  accept: protectedProcedure.input(ZOrder).mutation(({ ctx, input }) => acceptDelivery(ctx.db, actor(ctx.user), input.orderId)),

  requestExtension: protectedProcedure.input(ZExtension).mutation(({ ctx, input }) => requestExtension(ctx.db, actor(ctx.user), input)),

  answerExtension: protectedProcedure.input(ZAnswer).mutation(({ ctx, input }) => answerExtension(ctx.db, actor(ctx.user), input)),

  requestCancellation: protectedProcedure.input(ZReason).mutation(({ ctx, input }) => requestCancellation(ctx.db, actor(ctx.user), input)),

  answerCancellation: protectedProcedure.input(ZAnswer).mutation(({ ctx, input }) => answerCancellation(ctx.db, actor(ctx.user), input)),

  /** Either kind of request, by the party who made it. */
  withdrawRequest: protectedProcedure.input(ZRequest).mutation(({ ctx, input }) => withdrawRequest(ctx.db, actor(ctx.user), input)),

  cancelLate: protectedProcedure.input(ZReason).mutation(({ ctx, input }) => cancelLateOrder(ctx.db, actor(ctx.user), input)),

  review: protectedProcedure.input(ZReview).mutation(({ ctx, input }) => submitReview(ctx.db, actor(ctx.user), input)),

  replyToReview: protectedProcedure.input(ZReply).mutation(({ ctx, input }) => replyToReview(ctx.db, actor(ctx.user), input)),

  /** The order's reviews as its party sees them (the other side's only once revealed). */
  reviews: protectedProcedure.input(ZOrder).query(({ ctx, input }) => readOrderReviews(ctx.db, input.orderId, ctx.user.id)),
});
