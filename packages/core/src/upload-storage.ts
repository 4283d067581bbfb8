// Node only: uploaded files on local disk. Never imported by browser code.
import { randomBytes } from "node:crypto";
import { constants } from "node:fs";
import { lstat, mkdir, open, readdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join, resolve, sep } from "node:path";
import type { Readable } from "node:stream";
import { isSafeUploadKey, UPLOAD_AREA_FOLDERS, type UploadArea } from "./upload-keys.ts";

export interface StoredUpload {
  body: Readable;
  size: number;
}

/**
 * Where one area's uploaded files live. Keys are chosen by the application (random, never
 * user-supplied) and say nothing about the type: whoever serves a file knows what it is from
 * its own row. LocalDiskUploadStorage implements it on disk; an S3-compatible bucket can
 * implement the same calls (PutObject, GetObject, DeleteObject, ListObjectsV2).
 */
export interface UploadStorage {
  readonly area: UploadArea;
  /** Written whole or not at all: a reader never sees half a file. */
  put(key: string, bytes: Uint8Array): Promise<void>;
  /** Null when nothing is stored under this key. */
  get(key: string): Promise<StoredUpload | null>;
  /** Deleting a missing key is not an error, so cleanups can be retried. */
  delete(key: string): Promise<void>;
  /** Keys of the files last written before `cutoff`, for a sweep of files whose rows are gone. */
  listOlderThan(cutoff: Date): Promise<string[]>;
}

export class LocalDiskUploadStorage implements UploadStorage {
  private readonly root: string;

  /** `rootDir` is the upload root shared by every area; keep it outside anything served as static files. */
  constructor(
    rootDir: string,
    readonly area: UploadArea,
  ) {
    this.root = resolve(rootDir);
  }

  async put(key: string, bytes: Uint8Array): Promise<void> {
    const path = this.pathOf(key);
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

  async get(key: string): Promise<StoredUpload | null> {
    if (!isSafeUploadKey(this.area, key)) return null;
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
    return { body: handle.createReadStream({ autoClose: true }), size: stats.size };
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  async listOlderThan(cutoff: Date): Promise<string[]> {
    const folder = UPLOAD_AREA_FOLDERS[this.area];
    const keys: string[] = [];
    for (const shard of await entriesOf(join(this.root, folder))) {
      for (const name of await entriesOf(join(this.root, folder, shard))) {
        const key = `${folder}/${shard}/${name}`;
        if (!isSafeUploadKey(this.area, key)) continue;
        const stats = await lstat(this.pathOf(key)).catch(() => null);
        if (stats?.isFile() && stats.mtime < cutoff) keys.push(key);
      }
    }
    return keys.sort();
  }

  /** The file of a key; throws for a key that is not this area's or could leave the directory. */
  private pathOf(key: string): string {
    if (!isSafeUploadKey(this.area, key)) throw new Error(`Unsafe ${this.area} upload key: ${JSON.stringify(key)}`);
    const path = resolve(this.root, key);
    if (!path.startsWith(this.root + sep)) throw new Error(`Upload key escapes the storage directory: ${key}`);
    return path;
  }
}

async function entriesOf(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch (error) {
    if (isMissing(error)) return [];
    throw error;
  }
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  // ELOOP: the final path component is a symlink (refused by O_NOFOLLOW); treat as absent.
  return code === "ENOENT" || code === "ENOTDIR" || code === "ELOOP";
}
