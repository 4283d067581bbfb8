import { detectFileType } from "@hunar/chat/attachments/detect-file-type";
import { imageFileName, sanitiseFileName } from "@hunar/chat/attachments/file-name";
import { processAttachmentImage } from "@hunar/chat/attachments/process-attachment-image";
import { readLimited } from "@hunar/chat/attachments/read-limited";
import { isAppError } from "@hunar/core/app-error";
import { newUploadKey } from "@hunar/core/upload-keys";
import type { UploadStorage } from "@hunar/core/upload-storage";
import type { Db } from "@hunar/db/types";
import { rethrowAsDeliveryFileError, deliveryFileError } from "./delivery-file-errors.ts";
import {
  MAX_DELIVERY_FILE_BYTES,
  MAX_DELIVERY_FILE_MB,
  MAX_DELIVERY_TOTAL_MB,
  MAX_PENDING_DELIVERY_FILES,
  PENDING_WINDOW_MS,
} from "./delivery-file-limits.ts";
import { DELIVERY_FILE_SELECT, type DeliveryFile, unattachedDeliveryUpload } from "./delivery-files.ts";

export type DeliveryFileUpload = { fileName: string; now?: Date } & (
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

export const deliveryFileTooLarge = () => deliveryFileError("tooLarge", { maxMb: MAX_DELIVERY_FILE_MB, totalMb: MAX_DELIVERY_TOTAL_MB });

/** readLimited refuses in chat's words (and chat's limit); the same refusal with the delivery's. */
function asTooLarge(error: unknown): never {
  if (isAppError(error) && error.messageKey === "chat:errors.attachments.tooLarge") throw deliveryFileTooLarge();
  throw error;
}

/**
 * Checks and stores a file the freelancer is about to deliver; deliverOrder puts it on the
 * delivery. The checks are chat's (type from the content, never the name; images re-encoded as
 * WebP without their metadata, pixel floods refused; the name cleaned for download), with the
 * delivery's own size limit and messages: an empty, oversized or unsupported file is BAD_INPUT
 * `orders:errors.files.*` and nothing is stored.
 */
export async function storeDeliveryFile(
  db: Db,
  storage: UploadStorage,
  user: { userId: string },
  upload: DeliveryFileUpload,
): Promise<DeliveryFile> {
  const now = upload.now ?? new Date();
  const raw = upload.stream ? await readLimited(upload.stream, MAX_DELIVERY_FILE_BYTES).catch(asTooLarge) : upload.bytes;
  if (raw.byteLength > MAX_DELIVERY_FILE_BYTES) throw deliveryFileTooLarge();
  if (raw.byteLength === 0) throw deliveryFileError("empty");

  // A soft cap (two concurrent uploads may both pass); undelivered files are swept anyway.
  const pending = await db.attachment.count({
    where: { ...unattachedDeliveryUpload(user.userId), createdAt: { gt: new Date(now.getTime() - PENDING_WINDOW_MS) } },
  });
  if (pending >= MAX_PENDING_DELIVERY_FILES) throw deliveryFileError("tooManyPending", { max: MAX_PENDING_DELIVERY_FILES });

  const stored = await prepare(raw, upload.fileName).catch(rethrowAsDeliveryFileError);
  const storageKey = newUploadKey("deliveries");
  await storage.put(storageKey, stored.bytes);
  try {
    return await db.attachment.create({
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
      select: DELIVERY_FILE_SELECT,
    });
  } catch (error) {
    await storage.delete(storageKey).catch(() => undefined);
    throw error;
  }
}

async function prepare(bytes: Uint8Array, rawName: string): Promise<StoredForm> {
  const detected = await detectFileType(bytes);
  if (!detected) throw deliveryFileError("unsupportedType");
  if (detected.kind === "image") {
    const image = await processAttachmentImage(bytes, detected.format);
    return { bytes: image.bytes, fileName: imageFileName(rawName), mimeType: "image/webp", width: image.width, height: image.height };
  }
  return { bytes, fileName: sanitiseFileName(rawName, detected.ext), mimeType: detected.mimeType, width: null, height: null };
}
