import { AppError } from "@hunar/core/app-error";
import { type Db, ReportReason } from "@hunar/db/types";
import { z } from "zod";
import { safetyBadInput, safetyError } from "./safety-errors.ts";

export const MAX_REPORT_DETAILS = 1000;

export const ZReportMessage = z.object({
  messageId: z.string().min(1).max(64),
  reason: z.enum(ReportReason),
  details: z
    .string()
    .trim()
    .max(MAX_REPORT_DETAILS)
    .optional()
    .transform((value) => (value ? value : undefined)),
});

export type ReportMessageInput = z.input<typeof ZReportMessage>;

function parse(input: ReportMessageInput): z.output<typeof ZReportMessage> {
  const parsed = ZReportMessage.safeParse(input);
  if (parsed.success) return parsed.data;
  const field = parsed.error.issues[0]?.path[0];
  if (field === "reason") throw safetyBadInput("reason", "reportReasonInvalid");
  if (field === "details") throw safetyBadInput("details", "reportDetailsTooLong", { max: MAX_REPORT_DETAILS });
  throw new AppError("NOT_FOUND", "errors:notFound");
}

/**
 * A participant reports a message someone else wrote in their conversation; the report joins the
 * admins' message report queue. One open report per reporter and message (CONFLICT otherwise).
 * A message the user cannot see is NOT_FOUND, whether it exists or not.
 */
export async function reportMessage(db: Db, user: { userId: string }, input: ReportMessageInput): Promise<{ reportId: string }> {
  const { messageId, reason, details } = parse(input);
  return db.$transaction(async (tx) => {
    // Locking the message serialises two reports of it, so the duplicate check below holds.
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Message" WHERE id = ${messageId} FOR UPDATE`;
    if (locked.length === 0) throw new AppError("NOT_FOUND", "errors:notFound");
    const message = await tx.message.findUniqueOrThrow({
      where: { id: messageId },
      select: { senderId: true, kind: true, deletedAt: true, conversationId: true },
    });
    const participant = await tx.conversationParticipant.count({
      where: { conversationId: message.conversationId, userId: user.userId },
    });
    if (participant === 0 || message.deletedAt) throw new AppError("NOT_FOUND", "errors:notFound");
    if (message.senderId === user.userId || message.kind !== "TEXT") throw safetyError("INVALID_STATE", "cannotReportOwn");
    const open = await tx.report.findFirst({
      where: { reporterId: user.userId, targetType: "MESSAGE", targetId: messageId, status: "OPEN" },
      select: { id: true },
    });
    if (open) throw safetyError("CONFLICT", "alreadyReported");
    const report = await tx.report.create({
      data: { reporterId: user.userId, targetType: "MESSAGE", targetId: messageId, reason, details: details ?? null },
      select: { id: true },
    });
    return { reportId: report.id };
  });
}
