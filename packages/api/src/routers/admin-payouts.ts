import { listPayoutQueue } from "@hunar/payments/payouts/list-payout-queue";
import { markPayoutPaid } from "@hunar/payments/payouts/mark-payout-paid";
import { rejectPayout } from "@hunar/payments/payouts/reject-payout";
import { z } from "zod";
import type { Context } from "../context.ts";
import { adminProcedure, router } from "../trpc.ts";
import { ZId } from "../input-shapes.ts";

// Reference and reason rules (required, length, characters) belong to the payments domain,
// which reports them on the fields "reference" and "reason".
const admin = (ctx: Context & { user: { id: string; isAdmin: boolean } }) => ({
  userId: ctx.user.id,
  isAdmin: ctx.user.isAdmin,
  ip: ctx.ip,
});

export const adminPayoutsRouter = router({
  queue: adminProcedure.query(({ ctx }) => listPayoutQueue(ctx.db)),

  pay: adminProcedure
    .input(z.object({ payoutRequestId: ZId, reference: z.string({ error: "errors:required" }) }))
    .mutation(({ ctx, input }) => markPayoutPaid(ctx.db, admin(ctx), input)),

  reject: adminProcedure
    .input(z.object({ payoutRequestId: ZId, reason: z.string({ error: "errors:required" }) }))
    .mutation(({ ctx, input }) => rejectPayout(ctx.db, admin(ctx), input)),
});
