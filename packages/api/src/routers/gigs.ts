import { createGig } from "@hunar/gigs/create-gig";
import { getGigWithReviews } from "@hunar/gigs/get-gig";
import { loadGigFormValues } from "@hunar/gigs/gig-form-values";
import { listMyGigs } from "@hunar/gigs/list-my-gigs";
import { pauseGig, resumeGig } from "@hunar/gigs/pause-gig";
import { reportGig } from "@hunar/gigs/report-gig";
import { submitGig } from "@hunar/gigs/submit-gig";
import { updateGig } from "@hunar/gigs/update-gig";
import type { GigFormValues, ReportGigValues } from "@hunar/gigs/validation";
import { z } from "zod";
import type { Context } from "../context.ts";
import { protectedProcedure, publicProcedure, router } from "../trpc.ts";
import { ZId } from "../input-shapes.ts";

const ZGigRef = z.object({ gigId: ZId });

// The listing form and the report are validated by the gigs domain, which names each bad field
// by its dotted path ("packages.1.priceRupees") with a `gigs:errors.*` message; here they only
// have to be objects.
const isObject = (value: unknown) => typeof value === "object" && value !== null && !Array.isArray(value);
const ZGigValues = z.custom<GigFormValues>(isObject, { error: "errors:invalid" });
const ZReportValues = z.custom<ReportGigValues>(isObject, { error: "errors:invalid" });

const actor = (user: { id: string; isAdmin: boolean }) => ({ userId: user.id, isAdmin: user.isAdmin });
const viewer = (ctx: Context) => (ctx.user ? actor(ctx.user) : null);

export const gigsRouter = router({
  create: protectedProcedure.input(ZGigValues).mutation(({ ctx, input }) => createGig(ctx.db, actor(ctx.user), input)),

  update: protectedProcedure
    .input(z.object({ gigId: ZId, values: ZGigValues }))
    .mutation(({ ctx, input }) => updateGig(ctx.db, actor(ctx.user), input.gigId, input.values)),

  submit: protectedProcedure.input(ZGigRef).mutation(({ ctx, input }) => submitGig(ctx.db, actor(ctx.user), input.gigId)),
  pause: protectedProcedure.input(ZGigRef).mutation(({ ctx, input }) => pauseGig(ctx.db, actor(ctx.user), input.gigId)),
  resume: protectedProcedure.input(ZGigRef).mutation(({ ctx, input }) => resumeGig(ctx.db, actor(ctx.user), input.gigId)),

  report: protectedProcedure
    .input(z.object({ gigId: ZId }).and(ZReportValues))
    .mutation(({ ctx, input }) => reportGig(ctx.db, ctx.user.id, input.gigId, { reason: input.reason, note: input.note })),

  mine: protectedProcedure.query(({ ctx }) => listMyGigs(ctx.db, ctx.user.id)),

  forEdit: protectedProcedure.input(ZGigRef).query(({ ctx, input }) => loadGigFormValues(ctx.db, actor(ctx.user), input.gigId)),

  byIdOrSlug: publicProcedure
    .input(z.object({ idOrSlug: ZId }))
    .query(({ ctx, input }) => getGigWithReviews(ctx.db, input.idOrSlug, viewer(ctx))),
});
