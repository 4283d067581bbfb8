import { AppError } from "@hunar/core/app-error";
import { parseInput } from "@hunar/core/parse-input";
import { closeReport, findReport, REPORT_OUTCOMES, type ReportOutcome } from "@hunar/db/report-resolution";
import type { Db, Tx } from "@hunar/db/types";
import { z } from "zod";
import { lockGig } from "./lock-gig.ts";
import { unpublish } from "./moderate-report.ts";

export const REPORT_RESOLUTION_MAX = 1000;

export const ZResolveReport = z.object({
  reportId: z.string({ error: "errors:notFound" }).trim().min(1, { error: "errors:notFound" }).max(64, { error: "errors:notFound" }),
  outcome: z.enum(REPORT_OUTCOMES as [ReportOutcome, ...ReportOutcome[]], { error: "admin:reports.errors.outcomeInvalid" }),
  // The admin's reason goes on the report and into the audit log (and, for a gig taken down, to
  // its freelancer), so it must say something.
  reason: z
    .string({ error: "admin:reports.errors.reasonRequired" })
    .trim()
    .min(1, { error: "admin:reports.errors.reasonRequired" })
    .max(REPORT_RESOLUTION_MAX, { error: "admin:reports.errors.reasonTooLong" }),
});

export type ResolveReportInput = z.input<typeof ZResolveReport>;

export interface ReportAdmin {
  userId: string;
  ip?: string | null;
}

const AUDIT = {
  GIG: { ACTIONED: "gig.report.takeDown", DISMISSED: "gig.report.dismiss", targetType: "Gig" },
  USER: { ACTIONED: "user.report.action", DISMISSED: "user.report.dismiss", targetType: "User" },
} as const;

/**
 * An admin decides a report on a gig or a person, with a reason. DISMISSED closes this report.
 * ACTIONED on a gig takes it off the marketplace (REJECTED, the reason shown to its freelancer);
 * ACTIONED on a person records that action was taken (suspending is done on the person's admin
 * page). Either way every open report of the target closes with it. One transaction: the admin's
 * role read from the database, the report claimed while still open, the audit row with before and after.
 */
export async function resolveReport(
  db: Db,
  admin: ReportAdmin,
  raw: unknown,
  now = new Date(),
): Promise<{ reportId: string; outcome: ReportOutcome }> {
  const input = parseInput(ZResolveReport, raw);
  return db.$transaction(async (tx) => {
    await assertActingAdmin(tx, admin);
    const report = await findReport(tx, input.reportId, ["GIG", "USER"]);
    if (!report) throw new AppError("NOT_FOUND", "errors:notFound");
    const targetType = report.targetType === "GIG" ? "GIG" : "USER";
    const data = targetType === "GIG" ? await decideGig(tx, admin, report.targetId, input.outcome, input.reason, now) : {};
    const audit = { action: AUDIT[targetType][input.outcome], targetType: AUDIT[targetType].targetType, data };
    const decision = { reportId: report.id, outcome: input.outcome, note: input.reason };
    if (!(await closeReport(tx, admin, report, decision, audit, now)))
      throw new AppError("INVALID_STATE", "admin:reports.errors.alreadyResolved");
    return { reportId: report.id, outcome: input.outcome };
  });
}

/** The acting admin checked in the database, not trusted from the session. */
async function assertActingAdmin(tx: Tx, admin: ReportAdmin): Promise<void> {
  const acting = await tx.user.findUnique({ where: { id: admin.userId }, select: { isAdmin: true, suspendedAt: true } });
  if (!acting?.isAdmin || acting.suspendedAt) throw new AppError("FORBIDDEN", "errors:forbidden");
}

/** The gig locked (so a moderation decision queues behind this one) and, on ACTIONED, taken down. */
async function decideGig(tx: Tx, admin: ReportAdmin, gigId: string, outcome: ReportOutcome, reason: string, now: Date) {
  const gig = await lockGig(tx, gigId);
  if (!gig) return { gigStatusBefore: null, gigStatusAfter: null };
  const after = outcome === "ACTIONED" ? await unpublish(tx, { ...admin, isAdmin: true }, gig, "REJECTED", reason, now) : gig.status;
  return { gigStatusBefore: gig.status, gigStatusAfter: after };
}
