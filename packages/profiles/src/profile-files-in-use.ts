import type { Db } from "@hunar/db/types";
import { baseOfKey } from "./images/profile-files.ts";

const CHUNK = 500;

/**
 * Which stored keys of the profiles area still belong to a row (a photo, a portfolio image, a
 * certificate file), for the sweep of files whose rows are gone. A name that is not one of ours
 * counts as in use: the sweep only deletes what it recognises.
 */
export async function profileFilesInUse(db: Db, keys: readonly string[]): Promise<Set<string>> {
  const inUse = new Set(keys.filter((key) => baseOfKey(key) === null));
  const ours = keys.filter((key) => baseOfKey(key) !== null);
  for (let start = 0; start < ours.length; start += CHUNK) {
    const chunk = ours.slice(start, start + CHUNK);
    const bases = chunk.map((key) => baseOfKey(key) ?? "");
    const [photos, items, certificates] = await Promise.all([
      db.profile.findMany({ where: { avatarKey: { in: bases } }, select: { avatarKey: true } }),
      db.portfolioItem.findMany({ where: { imageKey: { in: bases } }, select: { imageKey: true } }),
      db.certificate.findMany({ where: { fileKey: { in: chunk } }, select: { fileKey: true } }),
    ]);
    const known = new Set([...photos.map((row) => row.avatarKey), ...items.map((row) => row.imageKey)]);
    const files = new Set(certificates.map((row) => row.fileKey));
    for (const key of chunk) if (known.has(baseOfKey(key) ?? "") || files.has(key)) inUse.add(key);
  }
  return inUse;
}

/** Profile files never wait for a form to claim them: every upload writes its row at once. */
export function deleteOrphanedProfileFiles(): Promise<{ deleted: number; undeletedKeys: string[] }> {
  return Promise.resolve({ deleted: 0, undeletedKeys: [] });
}
