import type { Attachment, Db, Prisma, Tx } from "@hunar/db/types";
import type { ChatAttachment } from "../realtime/events.ts";
import { ATTACHMENT_IDS_FIELD, attachmentError } from "./attachment-errors.ts";
import { attachmentPath } from "./attachment-url.ts";
import { MAX_ATTACHMENTS_PER_MESSAGE } from "./limits.ts";
import { claimableUpload } from "./unclaimed-upload.ts";

export type AttachmentRow = Pick<Attachment, "id" | "fileName" | "mimeType" | "byteSize" | "width" | "height">;

export const CHAT_ATTACHMENT_SELECT = {
  id: true,
  fileName: true,
  mimeType: true,
  byteSize: true,
  width: true,
  height: true,
} as const satisfies Prisma.AttachmentSelect;

export function toChatAttachment(row: AttachmentRow): ChatAttachment {
  return {
    id: row.id,
    fileName: row.fileName,
    mimeType: row.mimeType,
    byteSize: row.byteSize,
    width: row.width,
    height: row.height,
    url: attachmentPath(row),
    isImage: row.mimeType.startsWith("image/"),
  };
}

/**
 * Puts uploads on a message, inside the transaction that stores the message. Refuses (BAD_INPUT
 * `chat:errors.attachments.tooMany` / `unknownAttachment`) more than five, or any id that is not
 * the sender's own unattached, unexpired upload; the caller's transaction must then roll back.
 * Returns the attachments in the order given (duplicates ignored).
 */
export async function attachToMessage(
  tx: Tx | Db,
  {
    uploaderId,
    messageId,
    attachmentIds,
    now = new Date(),
  }: {
    uploaderId: string;
    messageId: string;
    attachmentIds: readonly string[];
    now?: Date;
  },
): Promise<ChatAttachment[]> {
  const ids = [...new Set(attachmentIds)];
  if (ids.length === 0) return [];
  if (ids.length > MAX_ATTACHMENTS_PER_MESSAGE) {
    throw attachmentError("tooMany", { max: MAX_ATTACHMENTS_PER_MESSAGE }, ATTACHMENT_IDS_FIELD);
  }
  const { count } = await tx.attachment.updateMany({
    where: { id: { in: ids }, ...claimableUpload("chat", uploaderId, now) },
    data: { messageId },
  });
  if (count !== ids.length) throw attachmentError("unknownAttachment", undefined, ATTACHMENT_IDS_FIELD);
  const rows = await tx.attachment.findMany({ where: { id: { in: ids }, messageId }, select: CHAT_ATTACHMENT_SELECT });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toChatAttachment(row)] : [];
  });
}
