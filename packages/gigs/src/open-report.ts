import { AppError } from "@hunar/core/app-error";
import type { ReportTargetType, Tx } from "@hunar/db/types";
import type { ReportGigInput } from "./validation.ts";

/**
 * Files a report about a gig or a person once the caller has locked the target (so two reports
 * from one user queue up and the duplicate check holds). One open report per reporter and target:
 * reporting again is CONFLICT and changes nothing.
 */
export async function openReport(
  tx: Tx,
  reporterId: string,
  target: { type: Extract<ReportTargetType, "GIG" | "USER">; id: string },
  input: ReportGigInput,
  alreadyReportedKey: string,
): Promise<{ reportId: string }> {
  const open = await tx.report.findFirst({
    where: { reporterId, targetType: target.type, targetId: target.id, status: "OPEN" },
    select: { id: true },
  });
  if (open) throw new AppError("CONFLICT", alreadyReportedKey);
  const report = await tx.report.create({
    data: { reporterId, targetType: target.type, targetId: target.id, reason: input.reason, details: input.note },
    select: { id: true },
  });
  return { reportId: report.id };
}
