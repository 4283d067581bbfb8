import type { Db, Prisma, ReportReason } from "@hunar/db/types";
import { toChatAttachment } from "../attachments/attach-to-message.ts";
import type { ChatAttachment } from "../realtime/events.ts";

export interface ReportPerson {
  id: string;
  displayName: string;
  handle: string | null;
}

export interface MessageReportItem {
  reportId: string;
  reason: ReportReason;
  details: string | null;
  reportedAt: Date;
  reporter: ReportPerson;
  /** Null when the message no longer exists (its conversation was removed). */
  message: {
    id: string;
    conversationId: string;
    body: string;
    sentAt: Date;
    deletedAt: Date | null;
    sender: ReportPerson;
    attachments: ChatAttachment[];
  } | null;
}

const PERSON = { select: { id: true, displayName: true, handle: true } } as const;

// Shared by the list and the count so the admin home's number is the page's.
const OPEN_MESSAGE_REPORTS = { targetType: "MESSAGE", status: "OPEN" } as const satisfies Prisma.ReportWhereInput;

/** Open message reports, oldest first, with the reported message, its sender and the reporter. */
export async function listMessageReports(db: Db, options: { limit?: number } = {}): Promise<MessageReportItem[]> {
  const reports = await db.report.findMany({
    where: OPEN_MESSAGE_REPORTS,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: options.limit ?? 100,
    select: { id: true, targetId: true, reason: true, details: true, createdAt: true, reporter: PERSON },
  });
  const messages = await db.message.findMany({
    where: { id: { in: [...new Set(reports.map((report) => report.targetId))] } },
    select: {
      id: true,
      conversationId: true,
      body: true,
      createdAt: true,
      deletedAt: true,
      sender: PERSON,
      attachments: { select: { id: true, fileName: true, mimeType: true, byteSize: true, width: true, height: true } },
    },
  });
  const byId = new Map(messages.map((message) => [message.id, message]));
  return reports.map((report) => {
    const message = byId.get(report.targetId);
    return {
      reportId: report.id,
      reason: report.reason,
      details: report.details,
      reportedAt: report.createdAt,
      reporter: report.reporter,
      message: message
        ? {
            id: message.id,
            conversationId: message.conversationId,
            body: message.body,
            sentAt: message.createdAt,
            deletedAt: message.deletedAt,
            sender: message.sender,
            attachments: message.attachments.map(toChatAttachment),
          }
        : null,
    };
  });
}

/** How many message reports are open, all of them (the list stops at its limit). */
export function countMessageReports(db: Db): Promise<number> {
  return db.report.count({ where: OPEN_MESSAGE_REPORTS });
}
