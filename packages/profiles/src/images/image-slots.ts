import { MAX_IMAGES_IN_PROCESSING } from "./limits.ts";

/**
 * At most MAX_IMAGES_IN_PROCESSING of one person's profile images are processed at once in a
 * server process; one more is refused straight away instead of waiting in memory.
 */
const taken = new Map<string, number>();

export async function inImageSlot<T>(userId: string, task: () => Promise<T>, whenFull: () => Error): Promise<T> {
  const running = taken.get(userId) ?? 0;
  if (running >= MAX_IMAGES_IN_PROCESSING) throw whenFull();
  taken.set(userId, running + 1);
  try {
    return await task();
  } finally {
    const left = (taken.get(userId) ?? 1) - 1;
    if (left > 0) taken.set(userId, left);
    else taken.delete(userId);
  }
}
