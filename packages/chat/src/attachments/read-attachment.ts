import type { StoredUpload, UploadStorage } from "@hunar/core/upload-storage";
import { AppError } from "@hunar/core/app-error";
import type { Db } from "@hunar/db/types";
import { chatAttachmentStorage } from "./default-storage.ts";

export interface AttachmentViewer {
  userId: string;
  isAdmin?: boolean;
}

export interface ReadableAttachment {
  attachment: { id: string; fileName: string; mimeType: string; byteSize: number; width: number | null; height: number | null };
  file: StoredUpload;
}

/** How long an admin's audited dispute read of a conversation also opens its attachments. */
export const DISPUTE_READ_GRANT_MS = 12 * 60 * 60 * 1000;

const notFound = () => new AppError("NOT_FOUND", "errors:notFound");

/**
 * An attachment's row and file for someone allowed to see it: a participant of the conversation
 * of its (not deleted) message, its uploader while it is on no message yet, or an admin when the
 * message was reported or the admin read that conversation for a dispute (audited
 * "conversation.read") in the last twelve hours. Anyone
 * else, and a missing file, get NOT_FOUND, so ids of other people's files reveal nothing.
 */
export async function readAttachment(
  db: Db,
  viewer: string | AttachmentViewer,
  attachmentId: string,
  storage: UploadStorage = chatAttachmentStorage(),
  now = new Date(),
): Promise<ReadableAttachment> {
  const { userId, isAdmin = false } = typeof viewer === "string" ? { userId: viewer } : viewer;
  const row = await db.attachment.findUnique({
    where: { id: attachmentId },
    select: {
      id: true,
      uploaderId: true,
      storageKey: true,
      fileName: true,
      mimeType: true,
      byteSize: true,
      width: true,
      height: true,
      deliveryId: true,
      revisionRequestId: true,
      evidenceId: true,
      message: { select: { id: true, deletedAt: true, conversationId: true } },
    },
  });
  if (!row || !(await mayRead(db, row, userId, isAdmin, now))) throw notFound();
  const file = await storage.get(row.storageKey);
  if (!file) throw notFound();
  const { id, fileName, mimeType, byteSize, width, height } = row;
  return { attachment: { id, fileName, mimeType, byteSize, width, height }, file };
}

async function mayRead(
  db: Db,
  row: {
    uploaderId: string;
    deliveryId: string | null;
    revisionRequestId: string | null;
    evidenceId: string | null;
    message: { id: string; deletedAt: Date | null; conversationId: string } | null;
  },
  userId: string,
  isAdmin: boolean,
  now: Date,
): Promise<boolean> {
  // Files of deliveries, revisions and evidence are served by their own features.
  if (row.deliveryId || row.revisionRequestId || row.evidenceId) return false;
  if (!row.message) return row.uploaderId === userId;
  const { conversationId } = row.message;
  if (!row.message.deletedAt && (await db.conversationParticipant.count({ where: { conversationId, userId } })) > 0) {
    return true;
  }
  if (!isAdmin) return false;
  // Reporting a message shows it (and its files) to the moderators; nothing else of the
  // conversation opens that way.
  const reported = await db.report.count({ where: { targetType: "MESSAGE", targetId: row.message.id } });
  if (reported > 0) return true;
  const audited = await db.auditLog.count({
    where: {
      actorId: userId,
      action: "conversation.read",
      targetType: "Conversation",
      targetId: conversationId,
      createdAt: { gt: new Date(now.getTime() - DISPUTE_READ_GRANT_MS) },
    },
  });
  return audited > 0;
}
