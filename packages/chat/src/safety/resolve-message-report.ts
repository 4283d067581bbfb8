import { AppError } from "@hunar/core/app-error";
import type { Db } from "@hunar/db/types";
import { assertAdmin, safetyBadInput, safetyError } from "./safety-errors.ts";

export type MessageReportOutcome = "ACTIONED" | "DISMISSED";

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
    const report = await tx.report.findUnique({ where: { id: input.reportId }, select: { targetType: true, targetId: true } });
    if (!report || report.targetType !== "MESSAGE") throw new AppError("NOT_FOUND", "errors:notFound");
    const resolution = { status: input.outcome, resolvedById: admin.userId, resolvedAt: now, resolutionNote: note };
    // The status in the WHERE makes two admins deciding at once safe: one wins, one is told.
    const claimed = await tx.report.updateMany({ where: { id: input.reportId, status: "OPEN" }, data: resolution });
    if (claimed.count !== 1) throw safetyError("INVALID_STATE", "alreadyResolved");
    const messageId = report.targetId;
    if (input.outcome === "ACTIONED") {
      await tx.message.updateMany({ where: { id: messageId, deletedAt: null }, data: { deletedAt: now } });
      await tx.report.updateMany({ where: { targetType: "MESSAGE", targetId: messageId, status: "OPEN" }, data: resolution });
    }
    await tx.auditLog.create({
      data: {
        actorId: admin.userId,
        action: input.outcome === "ACTIONED" ? "message.report.action" : "message.report.dismiss",
        targetType: "Message",
        targetId: messageId,
        reason: note,
        data: { reportId: input.reportId, outcome: input.outcome },
        ip: admin.ip ?? null,
      },
    });
    return { reportId: input.reportId, messageId, outcome: input.outcome };
  });
}
