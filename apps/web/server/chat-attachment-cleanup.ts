import { deleteOrphanedAttachments } from "@hunar/chat/attachments/delete-orphaned-attachments";
import type { AttachmentStorage } from "@hunar/chat/attachments/storage";
import type { Db } from "@hunar/db/client";
import type { Logger } from "./logger.ts";

const FIRST_RUN_MS = 90_000;
const EVERY_MS = 6 * 60 * 60 * 1000;

/**
 * Deletes chat uploads never sent within a day, a minute and a half after startup and every six
 * hours (like the gig image sweep). Each process behind a load balancer runs its own sweep; that
 * is safe because each delete re-checks the row. The timers never keep the process alive.
 */
export function scheduleChatAttachmentCleanup(deps: { db: Db; storage: AttachmentStorage; log: Logger }): { stop(): void } {
  let running = false;
  const sweep = async () => {
    if (running) return;
    running = true;
    try {
      const result = await deleteOrphanedAttachments(deps.db, deps.storage);
      if (result.deleted > 0 || result.undeletedKeys.length > 0) deps.log.info(result, "orphaned chat attachments deleted");
    } catch (error) {
      deps.log.error({ err: error }, "chat attachment cleanup failed");
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
