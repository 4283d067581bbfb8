import { deleteOrphanedGigImages } from "@hunar/gigs/images/delete-orphaned-gig-images";
import type { ImageStorage } from "@hunar/gigs/images/storage";
import type { Db } from "@hunar/db/client";
import type { Logger } from "./logger.ts";
import { schedulePeriodicJob, type PeriodicJob } from "./periodic-job.ts";

/** Deletes abandoned gig image uploads a minute after startup and every six hours. */
export function scheduleGigImageCleanup(deps: { db: Db; storage: ImageStorage; log: Logger }): PeriodicJob {
  return schedulePeriodicJob({
    name: "gig image cleanup",
    firstRunMs: 60_000,
    everyMs: 6 * 60 * 60 * 1000,
    log: deps.log,
    run: async () => {
      const result = await deleteOrphanedGigImages(deps.db, deps.storage);
      if (result.deleted > 0 || result.undeletedKeys.length > 0) deps.log.info(result, "orphaned gig images deleted");
    },
  });
}
