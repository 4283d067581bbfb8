import type { UploadStorage } from "@hunar/core/upload-storage";
import type { Db, Prisma } from "@hunar/db/types";
import { UPLOAD_AREA_FOLDERS } from "@hunar/core/upload-keys";
import { PENDING_WINDOW_MS } from "./delivery-file-limits.ts";

/**
 * Deletes files stored in the deliveries area that nothing took within a day (a delivery never
 * sent, a requirements form abandoned), for the upload cleanup job's deliveries entry. The row
 * goes first, re-checked in the DELETE itself, so a file a delivery claimed a moment ago keeps its
 * bytes; then the file. Files whose deletion failed are listed for the stray-file sweep.
 */
export async function deleteOrphanedDeliveryFiles(
  db: Db,
  storage: UploadStorage,
  options: { olderThan?: Date; batchSize?: number } = {},
): Promise<{ deleted: number; undeletedKeys: string[] }> {
  const batchSize = options.batchSize ?? 100;
  const orphaned: Prisma.AttachmentWhereInput = {
    storageKey: { startsWith: `${UPLOAD_AREA_FOLDERS.deliveries}/` },
    messageId: null,
    deliveryId: null,
    revisionRequestId: null,
    evidenceId: null,
    requirementId: null,
    createdAt: { lt: options.olderThan ?? new Date(Date.now() - PENDING_WINDOW_MS) },
  };
  const result = { deleted: 0, undeletedKeys: [] as string[] };
  for (;;) {
    const batch = await db.attachment.findMany({
      where: orphaned,
      select: { id: true, storageKey: true },
      orderBy: { createdAt: "asc" },
      take: batchSize,
    });
    for (const row of batch) {
      const { count } = await db.attachment.deleteMany({ where: { ...orphaned, id: row.id } });
      if (count === 0) continue;
      result.deleted += 1;
      await storage.delete(row.storageKey).catch(() => result.undeletedKeys.push(row.storageKey));
    }
    if (batch.length < batchSize) return result;
  }
}
