import { attachmentFilesInUse } from "@hunar/chat/attachments/attachment-files-in-use";
import { deleteOrphanedUploads } from "@hunar/chat/attachments/delete-orphaned-uploads";
import type { UploadArea } from "@hunar/core/upload-keys";
import type { UploadStorage } from "@hunar/core/upload-storage";
import type { Db } from "@hunar/db/client";
import { deleteOrphanedGigImages } from "@hunar/gigs/images/delete-orphaned-gig-images";
import { gigImageFilesInUse } from "@hunar/gigs/images/gig-image-files-in-use";
import { deleteOrphanedProfileFiles, profileFilesInUse } from "@hunar/profiles/profile-files-in-use";
import type { Logger } from "./logger.ts";
import { schedulePeriodicJob, type PeriodicJob } from "./periodic-job.ts";

/** What one upload area's orphan cleanup deletes, when it first runs and what it logs. */
export interface UploadCleanup {
  name: string;
  firstRunMs: number;
  logMessage: string;
  /** Rows first (re-checked as they go), then their files; files that would not go are listed. */
  deleteOrphans(db: Db, storage: UploadStorage): Promise<{ deleted: number; undeletedKeys: string[] }>;
  /** Which stored keys still have a row; files older than a day without one are deleted. */
  filesInUse(db: Db, keys: readonly string[]): Promise<Set<string>>;
}

// Each area's domain decides what an orphan is; the first runs are apart so two sweeps do not
// start together on a fresh process. Every area must have one: a new area does not compile
// until its entry is here.
export const UPLOAD_CLEANUPS: Record<UploadArea, UploadCleanup> = {
  // Gig image uploads a form never saved, or images a gig dropped, after a day.
  "gig-images": {
    name: "gig image cleanup",
    firstRunMs: 60_000,
    logMessage: "orphaned gig images deleted",
    deleteOrphans: deleteOrphanedGigImages,
    filesInUse: gigImageFilesInUse,
  },
  // Chat uploads never sent within a day.
  chat: {
    name: "chat attachment cleanup",
    firstRunMs: 90_000,
    logMessage: "orphaned chat attachments deleted",
    deleteOrphans: deleteOrphanedUploads,
    filesInUse: attachmentFilesInUse,
  },
  // Delivery and requirement files whose form was never sent within a day. They are attachment
  // rows too, so chat's check of which stored keys have a row serves this area as well.
  deliveries: {
    name: "order file cleanup",
    firstRunMs: 120_000,
    logMessage: "orphaned order files deleted",
    deleteOrphans: deleteOrphanedUploads,
    filesInUse: attachmentFilesInUse,
  },
  // Photos, portfolio images and certificate files: each upload writes its row at once, so only
  // files whose deletion failed are left, and the sweep of files no row names removes them.
  profiles: {
    name: "profile file cleanup",
    firstRunMs: 150_000,
    logMessage: "orphaned profile files deleted",
    deleteOrphans: deleteOrphanedProfileFiles,
    filesInUse: profileFilesInUse,
  },
};

const EVERY_MS = 6 * 60 * 60 * 1000;
// Every upload writes its file just before its row, so a file this old without a row is stray
// (its row's cleanup could not delete it, or the row never committed).
const STRAY_AFTER_MS = 24 * 60 * 60 * 1000;

/** Files of the area older than a day that no row names; returns the keys it deleted. */
export async function deleteStrayFiles(db: Db, storage: UploadStorage, cleanup: UploadCleanup, now = new Date()): Promise<string[]> {
  const old = await storage.listOlderThan(new Date(now.getTime() - STRAY_AFTER_MS));
  if (old.length === 0) return [];
  const inUse = await cleanup.filesInUse(db, old);
  const stray = old.filter((key) => !inUse.has(key));
  for (const key of stray) await storage.delete(key);
  return stray;
}

/** Runs the orphan cleanup of the storage's area shortly after startup and every six hours. */
export function scheduleUploadCleanup(deps: { db: Db; storage: UploadStorage; log: Logger }): PeriodicJob {
  const cleanup = UPLOAD_CLEANUPS[deps.storage.area];
  return schedulePeriodicJob({
    name: cleanup.name,
    firstRunMs: cleanup.firstRunMs,
    everyMs: EVERY_MS,
    log: deps.log,
    run: async () => {
      const result = await cleanup.deleteOrphans(deps.db, deps.storage);
      if (result.deleted > 0 || result.undeletedKeys.length > 0) deps.log.info(result, cleanup.logMessage);
      const stray = await deleteStrayFiles(deps.db, deps.storage, cleanup);
      if (stray.length > 0) deps.log.info({ area: deps.storage.area, strayFiles: stray }, "stray upload files deleted");
    },
  });
}
