/**
 * Images one person may have in processing at once in a server process, whatever they are for
 * (chat, gig listings, order deliveries, profile photos); one more is refused straight away, not
 * queued, so one account cannot hold the threads every upload shares.
 */
export const MAX_IMAGES_IN_PROCESSING = 2;

/**
 * A few slots per key (a person's id): at most `limit` tasks of one key run at once, and one
 * more is refused straight away instead of waiting, so nothing queues up in memory behind a
 * person who sends images faster than they can be processed. Other keys are not affected.
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

/**
 * The images each person has in processing in this server process, across every feature: one
 * cap per person, so images sent to a chat, a gig and a delivery at once share the same two.
 * Every feature runs its image work (inspectImage, encodeWebp) in `imageSlots.run(userId, ...)`.
 */
export const imageSlots: KeyedSlots = createKeyedSlots(MAX_IMAGES_IN_PROCESSING);
