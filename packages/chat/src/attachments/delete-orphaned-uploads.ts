import type { UploadStorage } from "@hunar/core/upload-storage";
import type { Db } from "@hunar/db/types";
import { ATTACHMENT_ORPHAN_MAX_AGE_MS } from "./limits.ts";
import { unclaimedUpload } from "./unclaimed-upload.ts";

export interface UploadCleanupOptions {
  /** Uploads created before this and on nothing are deleted; by default a day ago. */
  olderThan?: Date;
  batchSize?: number;
}

export interface UploadCleanupResult {
  deleted: number;
  /** Files whose deletion failed (their rows are gone); a storage-level sweep may retry them. */
  undeletedKeys: string[];
}

/**
 * Deletes the uploads of the storage's area that nothing claimed within a day: abandoned chat
 * composers and failed sends, deliveries never sent, requirement forms left half-done. The row
 * goes first, re-checked in the DELETE itself, so a file claimed a moment ago keeps its bytes;
 * and claims refuse uploads this old, so none is claimed after the check. Then the file.
 */
export async function deleteOrphanedUploads(
  db: Db,
  storage: UploadStorage,
  options: UploadCleanupOptions = {},
): Promise<UploadCleanupResult> {
  const batchSize = options.batchSize ?? 100;
  const orphaned = {
    ...unclaimedUpload(storage.area),
    createdAt: { lt: options.olderThan ?? new Date(Date.now() - ATTACHMENT_ORPHAN_MAX_AGE_MS) },
  };
  const result: UploadCleanupResult = { deleted: 0, undeletedKeys: [] };
  for (;;) {
    const batch = await db.attachment.findMany({
      where: orphaned,
      select: { id: true, storageKey: true },
      orderBy: { createdAt: "asc" },
      take: batchSize,
    });
    for (const upload of batch) {
      const { count } = await db.attachment.deleteMany({ where: { id: upload.id, ...orphaned } });
      if (count === 0) continue;
      result.deleted += 1;
      await storage.delete(upload.storageKey).catch(() => result.undeletedKeys.push(upload.storageKey));
    }
    if (batch.length < batchSize) return result;
  }
}
