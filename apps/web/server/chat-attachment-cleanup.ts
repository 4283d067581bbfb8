import { deleteOrphanedAttachments } from "@hunar/chat/attachments/delete-orphaned-attachments";
import type { AttachmentStorage } from "@hunar/chat/attachments/storage";
import type { Db } from "@hunar/db/client";
import type { Logger } from "./logger.ts";
import { schedulePeriodicJob, type PeriodicJob } from "./periodic-job.ts";

/** Deletes chat uploads never sent within a day, 90 s after startup and every six hours. */
export function scheduleChatAttachmentCleanup(deps: { db: Db; storage: AttachmentStorage; log: Logger }): PeriodicJob {
  return schedulePeriodicJob({
    name: "chat attachment cleanup",
    firstRunMs: 90_000,
    everyMs: 6 * 60 * 60 * 1000,
    log: deps.log,
    run: async () => {
      const result = await deleteOrphanedAttachments(deps.db, deps.storage);
      if (result.deleted > 0 || result.undeletedKeys.length > 0) deps.log.info(result, "orphaned chat attachments deleted");
    },
  });
}
