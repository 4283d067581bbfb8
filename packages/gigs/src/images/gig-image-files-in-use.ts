import type { Db } from "@hunar/db/types";
import { storageKeyOfVariant } from "./gig-image-urls.ts";

const CHUNK = 500;

/**
 * Which of these gig-images upload keys still belong to an image row, for a sweep of files
 * whose rows are gone. A name that is not a variant of ours counts as in use: the sweep only
 * ever deletes what it recognises.
 */
export async function gigImageFilesInUse(db: Db, keys: readonly string[]): Promise<Set<string>> {
  const inUse = new Set(keys.filter((key) => storageKeyOfVariant(key) === null));
  const ours = keys.filter((key) => storageKeyOfVariant(key) !== null);
  for (let start = 0; start < ours.length; start += CHUNK) {
    const chunk = ours.slice(start, start + CHUNK);
    const rows = await db.gigImage.findMany({
      where: { storageKey: { in: chunk.map((key) => storageKeyOfVariant(key) ?? "") } },
      select: { storageKey: true },
    });
    const known = new Set(rows.map((row) => row.storageKey));
    for (const key of chunk) if (known.has(storageKeyOfVariant(key) ?? "")) inUse.add(key);
  }
  return inUse;
}
