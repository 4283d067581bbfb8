import { type FileUpload, storeCheckedFile, type UploadRules } from "@hunar/chat/attachments/store-checked-file";
import type { UploadStorage } from "@hunar/core/upload-storage";
import type { Db } from "@hunar/db/types";
import { deliveryFileError } from "./delivery-file-errors.ts";
import type { DeliveryFile } from "./delivery-files.ts";
import {
  MAX_DELIVERY_FILE_BYTES,
  MAX_DELIVERY_FILE_MB,
  MAX_DELIVERY_TOTAL_MB,
  MAX_PENDING_DELIVERY_FILES,
} from "./delivery-file-limits.ts";

export const deliveryFileTooLarge = () => deliveryFileError("tooLarge", { maxMb: MAX_DELIVERY_FILE_MB, totalMb: MAX_DELIVERY_TOTAL_MB });

/**
 * A delivery's limits, and its refusals as `orders:errors.files.*` on the deliver form's file
 * input, the bounds on image work (`animationTooLarge`, `tooComplex`, `busy`) included.
 */
const DELIVERY_FILES: UploadRules = {
  maxBytes: MAX_DELIVERY_FILE_BYTES,
  maxPending: MAX_PENDING_DELIVERY_FILES,
  refuse: (reason, params) => (reason === "tooLarge" ? deliveryFileTooLarge() : deliveryFileError(reason, params)),
  refuseImageWork: (reason, params) => deliveryFileError(reason, params),
};

/**
 * Checks and stores a file the freelancer is about to deliver, the way every upload is checked
 * (storeCheckedFile), with the delivery's own size limit and messages; deliverOrder puts it on
 * the delivery. An empty, oversized or unsupported file, or an image over the bounds on image
 * work (frames, time, the person's images in processing across every feature), is BAD_INPUT
 * `orders:errors.files.*` and nothing is stored.
 */
export async function storeDeliveryFile(
  db: Db,
  storage: UploadStorage,
  user: { userId: string },
  upload: FileUpload,
): Promise<DeliveryFile> {
  const { id, fileName, mimeType, byteSize } = await storeCheckedFile(db, storage, user.userId, upload, DELIVERY_FILES);
  return { id, fileName, mimeType, byteSize };
}
