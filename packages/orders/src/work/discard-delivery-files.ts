import type { UploadStorage } from "@hunar/core/upload-storage";
import type { Db } from "@hunar/db/types";
import { unclaimedUpload } from "@hunar/chat/attachments/unclaimed-upload";

/**
 * Deletes files stored for a delivery that was then refused (not the freelancer's order, the
 * message missing), so they do not wait a day for the sweep. Only the uploader's own files that
 * are still on nothing go; the row first (re-checked in the DELETE), then the bytes.
 */
export async function discardDeliveryFiles(
  db: Db,
  storage: UploadStorage,
  uploaderId: string,
  attachmentIds: readonly string[],
): Promise<void> {
  if (attachmentIds.length === 0) return;
  const where = { id: { in: [...attachmentIds] }, uploaderId, ...unclaimedUpload(storage.area) };
  const rows = await db.attachment.findMany({ where, select: { id: true, storageKey: true } });
  for (const row of rows) {
    const { count } = await db.attachment.deleteMany({ where: { ...where, id: row.id } });
    if (count === 1) await storage.delete(row.storageKey).catch(() => undefined);
  }
}
