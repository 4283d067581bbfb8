import { acceptOffer, declineOffer, withdrawOffer } from "@hunar/proposals/offers/answer-offer";
import { getOffer } from "@hunar/proposals/offers/get-offer";
import { sendOffer } from "@hunar/proposals/offers/send-offer";
import { z } from "zod";
import { ZId, ZText } from "../input-shapes.ts";
import { protectedProcedure, router } from "../trpc.ts";
import { ZNumberText, ZWorkTerms } from "./work-terms-shape.ts";

// Shapes only: the proposals domain judges the terms and who may act (only the offer's two
// parties see it; only the client accepts or declines, only the sender withdraws).

const ZOffer = z.object({ offerId: ZId });
const actor = (user: { id: string }) => ({ userId: user.id });

export const offersRouter = router({
  send: protectedProcedure
    .input(
      z.object({
        conversationId: ZId,
        title: ZText,
        description: ZText,
        revisions: ZNumberText.nullish(),
        expiresInDays: ZNumberText.nullish(),
        ...ZWorkTerms,
      }),
    )
    .mutation(({ ctx, input }) => sendOffer(ctx.db, actor(ctx.user), input)),
  get: protectedProcedure.input(ZOffer).query(({ ctx, input }) => getOffer(ctx.db, actor(ctx.user), input.offerId)),
  accept: protectedProcedure.input(ZOffer).mutation(({ ctx, input }) => acceptOffer(ctx.db, actor(ctx.user), input.offerId)),
  decline: protectedProcedure.input(ZOffer).mutation(({ ctx, input }) => declineOffer(ctx.db, actor(ctx.user), input.offerId)),
  withdraw: protectedProcedure.input(ZOffer).mutation(({ ctx, input }) => withdrawOffer(ctx.db, actor(ctx.user), input.offerId)),
});
