import { newUploadKey } from "@hunar/core/upload-keys";
import type { UploadStorage } from "@hunar/core/upload-storage";
import type { Db, Tx } from "@hunar/db/types";
import type { ChatAttachment } from "../realtime/events.ts";
import { CHAT_ATTACHMENT_SELECT, toChatAttachment } from "./attach-to-message.ts";
import { attachmentError } from "./attachment-errors.ts";
import { detectFileType } from "./detect-file-type.ts";
import { imageFileName, sanitiseFileName } from "./file-name.ts";
import { ATTACHMENT_ORPHAN_MAX_AGE_MS, MAX_ATTACHMENT_BYTES, MAX_ATTACHMENT_MB, MAX_PENDING_ATTACHMENTS } from "./limits.ts";
import { processAttachmentImage } from "./process-attachment-image.ts";
import { readLimited } from "./read-limited.ts";

export type AttachmentUpload = { fileName: string; now?: Date } & (
  | { bytes: Uint8Array; stream?: never }
  /** A Node Readable or a web ReadableStream; read only up to the limit. */
  | { stream: AsyncIterable<Uint8Array>; bytes?: never }
);

interface StoredForm {
  bytes: Uint8Array;
  fileName: string;
  mimeType: string;
  width: number | null;
  height: number | null;
}

/**
 * Checks and stores a file a user wants to send in a chat; it waits (on no message) until
 * sendMessage attaches it, and is swept after a day otherwise. The type comes from the content:
 * JPEG, PNG, WebP and GIF images are re-encoded as WebP; PDF, Word, Excel, PowerPoint, zip and
 * UTF-8 plain text are stored as sent. Anything else, an empty file or one over 10 MB throws
 * BAD_INPUT `chat:errors.attachments.*` and stores nothing.
 */
export async function uploadAttachment(
  db: Db | Tx,
  storage: UploadStorage,
  user: { userId: string },
  upload: AttachmentUpload,
): Promise<ChatAttachment> {
  const now = upload.now ?? new Date();
  const raw = upload.stream ? await readLimited(upload.stream) : upload.bytes;
  if (raw.byteLength > MAX_ATTACHMENT_BYTES) throw attachmentError("tooLarge", { maxMb: MAX_ATTACHMENT_MB });
  if (raw.byteLength === 0) throw attachmentError("empty");

  // A soft cap (two concurrent uploads may both pass) that stops one account filling the disk
  // with files it never sends; older ones are swept anyway.
  const pending = await db.attachment.count({
    where: {
      uploaderId: user.userId,
      messageId: null,
      deliveryId: null,
      revisionRequestId: null,
      evidenceId: null,
      createdAt: { gt: new Date(now.getTime() - ATTACHMENT_ORPHAN_MAX_AGE_MS) },
    },
  });
  if (pending >= MAX_PENDING_ATTACHMENTS) throw attachmentError("tooManyPending", { max: MAX_PENDING_ATTACHMENTS });

  const stored = await prepare(raw, upload.fileName);
  const storageKey = newUploadKey("chat");
  await storage.put(storageKey, stored.bytes);
  try {
    const row = await db.attachment.create({
      data: {
        uploaderId: user.userId,
        storageKey,
        fileName: stored.fileName,
        mimeType: stored.mimeType,
        byteSize: stored.bytes.byteLength,
        width: stored.width,
        height: stored.height,
        createdAt: now,
      },
      select: CHAT_ATTACHMENT_SELECT,
    });
    return toChatAttachment(row);
  } catch (error) {
    await storage.delete(storageKey).catch(() => undefined);
    throw error;
  }
}

async function prepare(bytes: Uint8Array, rawName: string): Promise<StoredForm> {
  const detected = await detectFileType(bytes);
  if (!detected) throw attachmentError("unsupportedType");
  if (detected.kind === "image") {
    const image = await processAttachmentImage(bytes, detected.format);
    return { bytes: image.bytes, fileName: imageFileName(rawName), mimeType: "image/webp", width: image.width, height: image.height };
  }
  return { bytes, fileName: sanitiseFileName(rawName, detected.ext), mimeType: detected.mimeType, width: null, height: null };
}
