import { MAX_IMAGES_IN_PROCESSING } from "./limits.ts";

/**
 * A few slots per key (a person's id): at most `limit` tasks of one key run at once, and one
 * more is refused straight away instead of waiting, so nothing queues up in memory behind a
 * person who sends images faster than they can be processed. Other keys are not affected.
 * (Chat's uploads have their own, beside their image code; this package does not depend on chat.)
 */
export interface KeyedSlots {
  /** Runs `task` in one of `key`'s slots, or throws `whenFull()` without running it. */
  run<T>(key: string, task: () => Promise<T>, whenFull: () => Error): Promise<T>;
  /** How many of `key`'s slots are taken. */
  inUse(key: string): number;
}

export function createKeyedSlots(limit: number): KeyedSlots {
  const taken = new Map<string, number>();
  return {
    async run(key, task, whenFull) {
      const running = taken.get(key) ?? 0;
      if (running >= limit) throw whenFull();
      taken.set(key, running + 1);
      try {
        return await task();
      } finally {
        const left = (taken.get(key) ?? 1) - 1;
        // An idle key leaves nothing behind, so the map holds only people uploading right now.
        if (left > 0) taken.set(key, left);
        else taken.delete(key);
      }
    },
    inUse: (key) => taken.get(key) ?? 0,
  };
}

/** The gig images each person has in processing in this server process. */
export const gigImageSlots: KeyedSlots = createKeyedSlots(MAX_IMAGES_IN_PROCESSING);
