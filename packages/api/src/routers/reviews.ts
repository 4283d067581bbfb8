import { AppError } from "@hunar/core/app-error";
import { loadSellerProfile } from "@hunar/gigs/catalog/seller-profile";
import { getGig } from "@hunar/gigs/get-gig";
import { listGigReviews, listUserReviews } from "@hunar/orders/reviews/list-reviews";
import { z } from "zod";
import type { Context } from "../context.ts";
import { publicProcedure, router } from "../trpc.ts";
import { ZId } from "../input-shapes.ts";

// The reviews domain reads the cursor (a bad one is a field error) and keeps the limit in its range.
const ZPage = {
  cursor: z.string({ error: "errors:invalid" }).max(200, { error: "errors:invalid" }).nullish(),
  limit: z.number({ error: "errors:invalid" }).optional(),
};

const viewer = (ctx: Context) => (ctx.user ? { userId: ctx.user.id, isAdmin: ctx.user.isAdmin } : null);

/**
 * Public pages of revealed reviews, newest first, for what already has a public page: a gig the
 * viewer may see (getGig's rule) and an active seller's profile. Anything else is NOT_FOUND with
 * the answer its page gives.
 */
export const reviewsRouter = router({
  gig: publicProcedure.input(z.object({ idOrSlug: ZId, ...ZPage })).query(async ({ ctx, input }) => {
    const gig = await getGig(ctx.db, input.idOrSlug, viewer(ctx));
    return listGigReviews(ctx.db, gig.id, { cursor: input.cursor, limit: input.limit });
  }),

  seller: publicProcedure.input(z.object({ userId: ZId, ...ZPage })).query(async ({ ctx, input }) => {
    const seller = await loadSellerProfile(ctx.db, { id: input.userId });
    if (!seller) throw new AppError("NOT_FOUND", "gigs:errors.sellerUnavailable");
    return listUserReviews(ctx.db, seller.id, "freelancer", { cursor: input.cursor, limit: input.limit });
  }),
});
