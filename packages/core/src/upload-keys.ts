// Keys of uploaded files, without touching a disk (safe to import anywhere).

/**
 * Each feature that stores uploads has its own area: a folder under the upload root that only
 * its keys can name. Order deliveries get theirs with their own default storage and cleanup.
 */
export const UPLOAD_AREA_FOLDERS = {
  "gig-images": "gigs",
  chat: "attachments",
  deliveries: "deliveries",
  // Profile photos, portfolio images and certificate files.
  profiles: "profiles",
} as const;

export type UploadArea = keyof typeof UPLOAD_AREA_FOLDERS;

// <area folder>/<2 hex shard>/<name>: lower-case letters, digits, "-" and "_", at most one
// extension. No "..", no absolute paths, no backslashes, no hidden or temporary files.
const SHARD = /^[0-9a-f]{2}$/;
const NAME = /^[0-9a-z][0-9a-z_-]{0,127}(?:\.[0-9a-z]{1,8})?$/;

export function isSafeUploadKey(area: UploadArea, key: string): boolean {
  const [folder, shard, name, ...rest] = key.split("/");
  return (
    rest.length === 0 &&
    folder === UPLOAD_AREA_FOLDERS[area] &&
    shard !== undefined &&
    SHARD.test(shard) &&
    name !== undefined &&
    NAME.test(name)
  );
}

/** The key of `name` in an area, sharded by its first two characters (hex) so no folder holds millions. */
export function uploadKey(area: UploadArea, name: string): string {
  const key = `${UPLOAD_AREA_FOLDERS[area]}/${name.slice(0, 2)}/${name}`;
  if (!isSafeUploadKey(area, key)) throw new Error(`Not a safe upload name: ${JSON.stringify(name)}`);
  return key;
}

/** A fresh random key in an area: `<folder>/<2 hex>/<uuid>`. */
export function newUploadKey(area: UploadArea): string {
  return uploadKey(area, crypto.randomUUID());
}
