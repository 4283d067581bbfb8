import type { Db } from "@hunar/db/types";

const CHUNK = 500;

/** Which of these chat upload keys still belong to an attachment row, for a sweep of files whose rows are gone. */
export async function attachmentFilesInUse(db: Db, keys: readonly string[]): Promise<Set<string>> {
  const inUse = new Set<string>();
  for (let start = 0; start < keys.length; start += CHUNK) {
    const rows = await db.attachment.findMany({
      where: { storageKey: { in: keys.slice(start, start + CHUNK) } },
      select: { storageKey: true },
    });
    for (const row of rows) inUse.add(row.storageKey);
  }
  return inUse;
}
