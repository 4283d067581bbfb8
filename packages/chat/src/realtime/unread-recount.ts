import type { Db } from "@hunar/db/types";
import { unreadTotals } from "../unread-total.ts";
import type { ChatLog } from "./socket-types.ts";

interface Batch {
  userIds: Set<string>;
  counted: Promise<void>;
  done(): void;
}

function newBatch(): Batch {
  let done = () => undefined as void;
  const counted = new Promise<void>((resolve) => (done = resolve));
  return { userIds: new Set(), counted, done };
}

/**
 * Recounts users' unread totals after their messages changed, one query for many users: while a
 * count is running, the users asked for meanwhile wait and are counted together by the next one,
 * which starts after it ends, so every answer still sees all that was committed before it was
 * asked for. Every stored message asks for its recipient; under load this turns one query per
 * message into one per round trip, and when the server is quiet nobody waits at all.
 */
export function createUnreadRecount(db: Db, send: (userId: string, total: number) => void, log: ChatLog) {
  let queued: Batch | null = null;
  let running = false;

  async function drain(): Promise<void> {
    running = true;
    while (queued) {
      const batch: Batch = queued;
      queued = null;
      try {
        for (const [userId, total] of await unreadTotals(db, [...batch.userIds])) send(userId, total);
      } catch (error) {
        log.warn({ err: error, users: batch.userIds.size }, "could not send the unread total");
      }
      batch.done();
    }
    running = false;
  }

  /** Resolves once the user's total has been sent (or the count failed and was logged); never rejects. */
  return function recount(userId: string): Promise<void> {
    queued ??= newBatch();
    queued.userIds.add(userId);
    const { counted } = queued;
    if (!running) void drain();
    return counted;
  };
}
