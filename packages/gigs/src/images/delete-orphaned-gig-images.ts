import type { UploadStorage } from "@hunar/core/upload-storage";
import type { Db, Prisma } from "@hunar/db/types";
import { variantStorageKey } from "./gig-image-urls.ts";
import { ORPHAN_MAX_AGE_MS } from "./limits.ts";

export interface OrphanCleanupOptions {
  now?: Date;
  /** Images younger than this are kept: the form that uploaded them may still be open. */
  olderThanMs?: number;
  batchSize?: number;
}

export interface OrphanCleanupResult {
  deleted: number;
  /** Files whose deletion failed (their rows are gone); a storage-level sweep may retry them. */
  undeletedKeys: string[];
}

/**
 * Deletes images that are on no gig and on no revision waiting for review (uploads a form never
 * saved, images a gig dropped, images of a rejected or superseded edit), once they are older
 * than a day. The row goes first, re-checked in the DELETE itself, so an image that a gig
 * claimed a moment ago keeps its files.
 */
export async function deleteOrphanedGigImages(
  db: Db,
  storage: UploadStorage,
  options: OrphanCleanupOptions = {},
): Promise<OrphanCleanupResult> {
  const now = options.now ?? new Date();
  const batchSize = options.batchSize ?? 100;
  const orphaned: Prisma.GigImageWhereInput = {
    gigId: null,
    createdAt: { lt: new Date(now.getTime() - (options.olderThanMs ?? ORPHAN_MAX_AGE_MS)) },
    OR: [{ revisionId: null }, { revision: { is: { status: { not: "PENDING_REVIEW" } } } }],
  };
  const result: OrphanCleanupResult = { deleted: 0, undeletedKeys: [] };
  for (;;) {
    const batch = await db.gigImage.findMany({
      where: orphaned,
      select: { id: true, storageKey: true, variantWidths: true },
      orderBy: { createdAt: "asc" },
      take: batchSize,
    });
    for (const image of batch) {
      const { count } = await db.gigImage.deleteMany({ where: { id: image.id, ...orphaned } });
      if (count === 0) continue;
      result.deleted += 1;
      for (const width of image.variantWidths) {
        const key = variantStorageKey(image.storageKey, width);
        await storage.delete(key).catch(() => result.undeletedKeys.push(key));
      }
    }
    if (batch.length < batchSize) return result;
  }
}
