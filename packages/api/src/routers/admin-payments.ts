import { createFeeScheduleVersion, type FeeScheduleInput, listFeeSchedules } from "@hunar/payments/fees/fee-schedule";
import { orderFunding } from "@hunar/orders/order-funding";
import { confirmFunding, rejectFunding } from "@hunar/payments/funding/confirm-funding";
import { listFundingQueue } from "@hunar/payments/funding/list-funding";
import { getRevenueReport } from "@hunar/payments/statements/get-revenue-report";
import { z } from "zod";
import type { Context } from "../context.ts";
import { adminProcedure, router } from "../trpc.ts";
import { ZId } from "../input-shapes.ts";

// The reason's rules (required, length) and the fee numbers' ranges belong to the payments
// domain, which reports them on their fields.
const ZDecision = z.object({ fundingRequestId: ZId, reason: z.string({ error: "errors:required" }) });
const isObject = (value: unknown) => typeof value === "object" && value !== null && !Array.isArray(value);
const ZFeeSchedule = z.custom<FeeScheduleInput>(isObject, { error: "errors:invalid" });

const admin = (ctx: Context & { user: { id: string; isAdmin: boolean } }) => ({
  userId: ctx.user.id,
  isAdmin: ctx.user.isAdmin,
  ip: ctx.ip,
});

export const adminPaymentsRouter = router({
  fundingQueue: adminProcedure.query(({ ctx }) => listFundingQueue(ctx.db)),
  confirmFunding: adminProcedure.input(ZDecision).mutation(({ ctx, input }) => confirmFunding(ctx.db, admin(ctx), input, orderFunding)),
  rejectFunding: adminProcedure.input(ZDecision).mutation(({ ctx, input }) => rejectFunding(ctx.db, admin(ctx), input)),
  feeSchedules: adminProcedure.query(({ ctx }) => listFeeSchedules(ctx.db)),
  createFeeSchedule: adminProcedure.input(ZFeeSchedule).mutation(({ ctx, input }) => createFeeScheduleVersion(ctx.db, admin(ctx), input)),
  // The domain checks the year's range (a field error on "year").
  revenue: adminProcedure
    .input(z.object({ year: z.number({ error: "errors:invalid" }) }))
    .query(({ ctx, input }) => getRevenueReport(ctx.db, input)),
});
