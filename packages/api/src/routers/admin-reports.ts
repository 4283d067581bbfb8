import { listReportQueue, REPORT_QUEUE_MAX_LIMIT } from "@hunar/gigs/report-queue";
import { resolveReport } from "@hunar/gigs/resolve-report";
import { z } from "zod";
import { ZId, ZText } from "../input-shapes.ts";
import { adminProcedure, router } from "../trpc.ts";

// The outcome's values and the reason's length belong to the gigs domain, which reports them on
// the fields "outcome" and "reason"; here they only have to be strings.
const ZResolve = z.object({ reportId: ZId, outcome: ZText, reason: ZText });

/** The report queue for gigs and people (message reports have their own, in chat). */
export const adminReportsRouter = router({
  list: adminProcedure
    .input(
      z
        .object({
          limit: z
            .number({ error: "errors:invalid" })
            .int({ error: "errors:invalid" })
            .min(1, { error: "errors:tooSmall" })
            .max(REPORT_QUEUE_MAX_LIMIT, { error: "errors:tooBig" })
            .optional(),
        })
        .default({}),
    )
    .query(({ ctx, input }) => listReportQueue(ctx.db, input)),

  /** Dismisses a report or records the action taken, with a reason, audited. */
  resolve: adminProcedure.input(ZResolve).mutation(({ ctx, input }) => resolveReport(ctx.db, { userId: ctx.user.id, ip: ctx.ip }, input)),
});
