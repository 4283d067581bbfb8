import { AppError, isAppError } from "@hunar/core/app-error";
import { newUploadKey } from "@hunar/core/upload-keys";
import type { UploadStorage } from "@hunar/core/upload-storage";
import { attachmentError } from "@hunar/chat/attachments/attachment-errors";
import { detectFileType } from "@hunar/chat/attachments/detect-file-type";
import { imageFileName, sanitiseFileName } from "@hunar/chat/attachments/file-name";
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENT_MB } from "@hunar/chat/attachments/limits";
import { processAttachmentImage } from "@hunar/chat/attachments/process-attachment-image";
import type { Db, Tx } from "@hunar/db/types";

export interface OrderFileUpload {
  uploaderId: string;
  /** As the browser named it; kept for display and download only. */
  fileName: string;
  bytes: Uint8Array;
  /** The form field a refusal is reported on. */
  field: string;
  now?: Date;
}

export interface StoredOrderFile {
  id: string;
  fileName: string;
  mimeType: string;
  byteSize: number;
}

/**
 * Checks and stores a file someone adds to an order, with the rules chat attachments follow
 * (type from the content, images re-encoded as WebP, documents as sent, at most 10 MB), and
 * writes its Attachment row on nothing yet: the caller puts it on its requirement answer (or
 * delivery) in its own transaction, and an upload never put on anything is swept after a day.
 * A refused file throws BAD_INPUT `chat:errors.attachments.*` on `field` and stores nothing.
 */
export async function storeOrderFile(db: Db | Tx, storage: UploadStorage, upload: OrderFileUpload): Promise<StoredOrderFile> {
  const { bytes, field } = upload;
  if (bytes.byteLength > MAX_ATTACHMENT_BYTES) throw attachmentError("tooLarge", { maxMb: MAX_ATTACHMENT_MB }, field);
  if (bytes.byteLength === 0) throw attachmentError("empty", undefined, field);
  const prepared = await prepare(bytes, upload.fileName, field);
  const storageKey = newUploadKey(storage.area);
  await storage.put(storageKey, prepared.bytes);
  try {
    return await db.attachment.create({
      data: {
        uploaderId: upload.uploaderId,
        storageKey,
        fileName: prepared.fileName,
        mimeType: prepared.mimeType,
        byteSize: prepared.bytes.byteLength,
        width: prepared.width,
        height: prepared.height,
        createdAt: upload.now ?? new Date(),
      },
      select: { id: true, fileName: true, mimeType: true, byteSize: true },
    });
  } catch (error) {
    await storage.delete(storageKey).catch(() => undefined);
    throw error;
  }
}

async function prepare(bytes: Uint8Array, rawName: string, field: string) {
  const detected = await detectFileType(bytes);
  if (!detected) throw attachmentError("unsupportedType", undefined, field);
  if (detected.kind === "document") {
    return { bytes, fileName: sanitiseFileName(rawName, detected.ext), mimeType: detected.mimeType, width: null, height: null };
  }
  try {
    const image = await processAttachmentImage(bytes, detected.format);
    return { bytes: image.bytes, fileName: imageFileName(rawName), mimeType: "image/webp", width: image.width, height: image.height };
  } catch (error) {
    // The image checks report on chat's own field; this upload has its own.
    throw withField(error, field);
  }
}

function withField(error: unknown, field: string): unknown {
  if (!isAppError(error) || error.code !== "BAD_INPUT") return error;
  const { messageKey: key, params } = error;
  return new AppError("BAD_INPUT", key, { params, fields: { [field]: params ? { key, params } : { key } } });
}
