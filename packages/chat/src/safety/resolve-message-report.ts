import { AppError } from "@hunar/core/app-error";
import { closeReport, findReport, type ReportOutcome } from "@hunar/db/report-resolution";
import type { Db } from "@hunar/db/types";
import { assertAdmin, safetyBadInput, safetyError } from "./safety-errors.ts";

export type MessageReportOutcome = ReportOutcome;

export interface SafetyAdmin {
  userId: string;
  isAdmin: boolean;
  ip?: string | null;
}

export const MAX_RESOLUTION_NOTE = 1000;

/**
 * An admin's decision on a message report, with a note for the record. ACTIONED removes the
 * message from the conversation (deletedAt; its attachments stop being served) and closes every
 * open report of it; DISMISSED closes this report only. Audited in the same transaction
 * ("message.report.action" / "message.report.dismiss").
 */
export async function resolveMessageReport(
  db: Db,
  admin: SafetyAdmin,
  input: { reportId: string; outcome: MessageReportOutcome; note: string },
  now = new Date(),
): Promise<{ reportId: string; messageId: string; outcome: MessageReportOutcome }> {
  assertAdmin(admin);
  if (input.outcome !== "ACTIONED" && input.outcome !== "DISMISSED") throw safetyBadInput("outcome", "outcomeInvalid");
  const note = typeof input.note === "string" ? input.note.trim() : "";
  if (!note) throw safetyBadInput("note", "noteRequired");
  if (note.length > MAX_RESOLUTION_NOTE) throw safetyBadInput("note", "noteTooLong", { max: MAX_RESOLUTION_NOTE });

  return db.$transaction(async (tx) => {
    const report = await findReport(tx, input.reportId, ["MESSAGE"]);
    if (!report) throw new AppError("NOT_FOUND", "errors:notFound");
    const messageId = report.targetId;
    if (input.outcome === "ACTIONED") await tx.message.updateMany({ where: { id: messageId, deletedAt: null }, data: { deletedAt: now } });
    const action = input.outcome === "ACTIONED" ? "message.report.action" : "message.report.dismiss";
    const decision = { reportId: report.id, outcome: input.outcome, note };
    // Closed only while still open: of two admins deciding at once one wins, the other is told
    // (and the removal above rolls back with the transaction).
    if (!(await closeReport(tx, admin, report, decision, { action, targetType: "Message" }, now)))
      throw safetyError("INVALID_STATE", "alreadyResolved");
    return { reportId: input.reportId, messageId, outcome: input.outcome };
  });
}
