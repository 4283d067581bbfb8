import { deleteOrphanedGigImages } from "@hunar/gigs/images/delete-orphaned-gig-images";
import type { ImageStorage } from "@hunar/gigs/images/storage";
import type { Db } from "@hunar/db/client";
import type { Logger } from "./logger.ts";

const FIRST_RUN_MS = 60_000;
const EVERY_MS = 6 * 60 * 60 * 1000;

/**
 * Deletes abandoned gig image uploads a minute after startup and every six hours. Each process
 * behind a load balancer runs its own sweep; that is safe because each delete re-checks the row.
 * The timers never keep the process alive on their own.
 */
export function scheduleGigImageCleanup(deps: { db: Db; storage: ImageStorage; log: Logger }): { stop(): void } {
  let running = false;
  const sweep = async () => {
    if (running) return;
    running = true;
    try {
      const result = await deleteOrphanedGigImages(deps.db, deps.storage);
      if (result.deleted > 0 || result.undeletedKeys.length > 0) deps.log.info(result, "orphaned gig images deleted");
    } catch (error) {
      deps.log.error({ err: error }, "gig image cleanup failed");
    } finally {
      running = false;
    }
  };
  const first = setTimeout(() => void sweep(), FIRST_RUN_MS).unref();
  const every = setInterval(() => void sweep(), EVERY_MS).unref();
  return {
    stop() {
      clearTimeout(first);
      clearInterval(every);
    },
  };
}
