import { approveGig, rejectGig, requestGigChanges } from "@hunar/gigs/moderate-gig";
import { listModerationQueue, QUEUE_MAX_LIMIT } from "@hunar/gigs/moderation-queue";
import { ZModerationTarget } from "@hunar/gigs/moderation-target";
import { z } from "zod";
import type { Context } from "../context.ts";
import { adminProcedure, router } from "../trpc.ts";

// The reason's rules (required, length, no markup) belong to the gigs domain, which reports them
// on the field "reason".
const ZDecisionWithReason = z.object({ target: ZModerationTarget, reason: z.string({ error: "errors:required" }) });

const admin = (ctx: Context & { user: { id: string; isAdmin: boolean } }) => ({
  userId: ctx.user.id,
  isAdmin: ctx.user.isAdmin,
  ip: ctx.ip,
});

export const adminGigsRouter = router({
  queue: adminProcedure
    .input(
      z
        .object({
          limit: z
            .number({ error: "errors:invalid" })
            .int({ error: "errors:invalid" })
            .min(1, { error: "errors:tooSmall" })
            .max(QUEUE_MAX_LIMIT, { error: "errors:tooBig" })
            .optional(),
        })
        .default({}),
    )
    .query(({ ctx, input }) => listModerationQueue(ctx.db, input)),

  // Approving needs a reason too (for the audit log), so all three decisions take the same input.
  approve: adminProcedure
    .input(ZDecisionWithReason)
    .mutation(({ ctx, input }) => approveGig(ctx.db, admin(ctx), input.target, input.reason)),

  reject: adminProcedure.input(ZDecisionWithReason).mutation(({ ctx, input }) => rejectGig(ctx.db, admin(ctx), input.target, input.reason)),

  requestChanges: adminProcedure
    .input(ZDecisionWithReason)
    .mutation(({ ctx, input }) => requestGigChanges(ctx.db, admin(ctx), input.target, input.reason)),
});
