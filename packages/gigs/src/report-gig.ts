import { AppError } from "@hunar/core/app-error";
import type { Db } from "@hunar/db/types";
import { lockGig } from "./lock-gig.ts";
import { openReport } from "./open-report.ts";
import { gigUnavailable, orderableGigWhere } from "./orderable-gig.ts";
import { parseWith } from "./parse-gig-input.ts";
import { type ReportGigValues, ZReportGig } from "./validation.ts";

/**
 * Any signed-in user may report a gig buyers can see (an orderable one, not their own); the report
 * joins the admins' report queue. One open report per user and gig: reporting again changes nothing.
 */
export async function reportGig(db: Db, reporterId: string, gigId: string, values: ReportGigValues): Promise<{ reportId: string }> {
  const input = parseWith(ZReportGig, values);
  return db.$transaction(async (tx) => {
    // The lock also serialises two reports from one user, so the duplicate check holds.
    const gig = await lockGig(tx, gigId);
    if (!gig || (await tx.gig.count({ where: { id: gig.id, ...orderableGigWhere } })) === 0) throw gigUnavailable();
    if (gig.freelancerId === reporterId) throw new AppError("INVALID_STATE", "gigs:errors.cannotReportOwn");
    return openReport(tx, reporterId, { type: "GIG", id: gig.id }, input, "gigs:errors.alreadyReported");
  });
}
