/*
 * Why in @hunar/db: a report's target may be a message (chat) or a gig or a person (gigs), two
 * packages on one floor that do not import each other, yet closing a report is one rule: the
 * report is claimed while still open, so of two admins deciding at once exactly one wins; acting
 * on the target closes every open report of it; the audit log keeps before and after.
 */
import type { ReportStatus, ReportTargetType } from "./generated/prisma/enums.ts";
import type { Tx } from "./client.ts";

export type ReportOutcome = "ACTIONED" | "DISMISSED";
export const REPORT_OUTCOMES: readonly ReportOutcome[] = ["ACTIONED", "DISMISSED"];

export interface ReportDecision {
  reportId: string;
  outcome: ReportOutcome;
  /** The admin's reason, kept on the report and in the audit log. */
  note: string;
}

export interface ClaimedReport {
  id: string;
  reporterId: string;
  targetType: ReportTargetType;
  targetId: string;
}

/** The report if it exists and is about one of `targetTypes` (other queues decide the rest), else null. */
export function findReport(tx: Tx, reportId: string, targetTypes: readonly ReportTargetType[]): Promise<ClaimedReport | null> {
  return tx.report.findFirst({
    where: { id: reportId, targetType: { in: [...targetTypes] } },
    select: { id: true, reporterId: true, targetType: true, targetId: true },
  });
}

/**
 * Closes the report with the admin's decision if it is still open (false when another admin was
 * first); ACTIONED also closes the target's other open reports, since they are about the same thing.
 * The audit row, written in the same transaction, records the report's status before and after.
 */
export async function closeReport(
  tx: Tx,
  admin: { userId: string; ip?: string | null },
  report: ClaimedReport,
  decision: ReportDecision,
  audit: { action: string; targetType: string; data?: Record<string, string | number | null> },
  now: Date,
): Promise<boolean> {
  const resolution = { status: decision.outcome, resolvedById: admin.userId, resolvedAt: now, resolutionNote: decision.note };
  const claimed = await tx.report.updateMany({ where: { id: report.id, status: "OPEN" }, data: resolution });
  if (claimed.count !== 1) return false;
  const others =
    decision.outcome === "ACTIONED"
      ? await tx.report.updateMany({
          where: { targetType: report.targetType, targetId: report.targetId, status: "OPEN" },
          data: resolution,
        })
      : { count: 0 };
  const before: { status: ReportStatus } = { status: "OPEN" };
  await tx.auditLog.create({
    data: {
      actorId: admin.userId,
      action: audit.action,
      targetType: audit.targetType,
      targetId: report.targetId,
      reason: decision.note,
      data: {
        reportId: report.id,
        outcome: decision.outcome,
        ...audit.data,
        before,
        after: { status: decision.outcome, otherReportsClosed: others.count },
      },
      ip: admin.ip ?? null,
    },
  });
  return true;
}
