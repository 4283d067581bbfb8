import { randomBytes } from "node:crypto";
import { constants } from "node:fs";
import { mkdir, open, rename, rm, writeFile } from "node:fs/promises";
import { dirname, extname, resolve, sep } from "node:path";
import type { Readable } from "node:stream";

export interface StoredObject {
  body: Readable;
  size: number;
  contentType: string;
}

/**
 * Where uploaded files live. Keys are chosen by the application (random, never user-supplied);
 * LocalDiskStorage implements it on disk, and an S3-compatible bucket can implement the same
 * three calls (PutObject, GetObject, DeleteObject).
 */
export interface ImageStorage {
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** Null when no object has this key. */
  get(key: string): Promise<StoredObject | null>;
  /** Deleting a missing key is not an error, so cleanups can be retried. */
  delete(key: string): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = { ".webp": "image/webp", ".jpg": "image/jpeg", ".png": "image/png" };

// Lower-case letters, digits, "-" and "_" in "/"-separated segments that start with a letter or
// digit, then a known extension: no "..", no absolute paths, no backslashes, no hidden files.
const SAFE_KEY = /^[a-z0-9][a-z0-9_-]*(?:\/[a-z0-9][a-z0-9_-]*)*\.(?:webp|jpg|png)$/;

export function isSafeStorageKey(key: string): boolean {
  return key.length <= 200 && SAFE_KEY.test(key);
}

export class LocalDiskStorage implements ImageStorage {
  private readonly root: string;

  constructor(rootDir: string) {
    this.root = resolve(rootDir);
  }

  async put(key: string, bytes: Uint8Array, contentType: string): Promise<void> {
    const path = this.pathOf(key);
    if (CONTENT_TYPES[extname(key)] !== contentType) {
      throw new Error(`Storage key ${key} does not match content type ${contentType}`);
    }
    await mkdir(dirname(path), { recursive: true });
    // Write then rename, so a reader never sees half a file under the final name.
    const temporary = `${path}.${randomBytes(6).toString("hex")}.tmp`;
    try {
      await writeFile(temporary, bytes, { flag: "wx", mode: 0o644 });
      await rename(temporary, path);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  }

  async get(key: string): Promise<StoredObject | null> {
    if (!isSafeStorageKey(key)) return null;
    const contentType = CONTENT_TYPES[extname(key)];
    if (!contentType) return null;
    let handle;
    try {
      // O_NOFOLLOW: a symlink planted in the upload directory is not followed out of it.
      handle = await open(this.pathOf(key), constants.O_RDONLY | constants.O_NOFOLLOW);
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
    const stats = await handle.stat();
    if (!stats.isFile()) {
      await handle.close();
      return null;
    }
    return { body: handle.createReadStream({ autoClose: true }), size: stats.size, contentType };
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  /** The file of a key; throws for a key that could leave the storage directory. */
  private pathOf(key: string): string {
    if (!isSafeStorageKey(key)) throw new Error(`Unsafe storage key: ${JSON.stringify(key)}`);
    const path = resolve(this.root, key);
    if (!path.startsWith(this.root + sep)) throw new Error(`Storage key escapes the storage directory: ${key}`);
    return path;
  }
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  // ELOOP: the final path component is a symlink (refused by O_NOFOLLOW); treat as absent.
  return code === "ENOENT" || code === "ENOTDIR" || code === "ELOOP";
}
