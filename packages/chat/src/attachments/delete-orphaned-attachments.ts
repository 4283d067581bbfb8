import type { UploadStorage } from "@hunar/core/upload-storage";
import { UPLOAD_AREA_FOLDERS } from "@hunar/core/upload-keys";
import type { Db, Prisma } from "@hunar/db/types";
import { ATTACHMENT_ORPHAN_MAX_AGE_MS } from "./limits.ts";

export interface AttachmentCleanupOptions {
  /** Uploads created before this and on nothing are deleted; by default a day ago. */
  olderThan?: Date;
  batchSize?: number;
}

export interface AttachmentCleanupResult {
  deleted: number;
  /** Files whose deletion failed (their rows are gone); a storage-level sweep may retry them. */
  undeletedKeys: string[];
}

/**
 * Deletes uploads that were never put on a message (or delivery, revision request, dispute
 * evidence or an answer to an order's question) within a day: abandoned composers and failed
 * sends. The row goes first, re-checked in the DELETE itself, so a file that a message claimed
 * a moment ago keeps its bytes; and attachToMessage refuses uploads this old, so none is claimed
 * after the check.
 */
export async function deleteOrphanedAttachments(
  db: Db,
  storage: UploadStorage,
  options: AttachmentCleanupOptions = {},
): Promise<AttachmentCleanupResult> {
  const batchSize = options.batchSize ?? 100;
  const orphaned: Prisma.AttachmentWhereInput = {
    // Chat's own area only: order files (deliveries, answers) are attachment rows too, swept by
    // the orders domain from the storage that holds them.
    storageKey: { startsWith: `${UPLOAD_AREA_FOLDERS.chat}/` },
    messageId: null,
    deliveryId: null,
    revisionRequestId: null,
    evidenceId: null,
    requirementId: null,
    createdAt: { lt: options.olderThan ?? new Date(Date.now() - ATTACHMENT_ORPHAN_MAX_AGE_MS) },
  };
  const result: AttachmentCleanupResult = { deleted: 0, undeletedKeys: [] };
  for (;;) {
    const batch = await db.attachment.findMany({
      where: orphaned,
      select: { id: true, storageKey: true },
      orderBy: { createdAt: "asc" },
      take: batchSize,
    });
    for (const attachment of batch) {
      const { count } = await db.attachment.deleteMany({ where: { id: attachment.id, ...orphaned } });
      if (count === 0) continue;
      result.deleted += 1;
      await storage.delete(attachment.storageKey).catch(() => result.undeletedKeys.push(attachment.storageKey));
    }
    if (batch.length < batchSize) return result;
  }
}
