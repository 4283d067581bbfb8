import { randomBytes, randomUUID } from "node:crypto";
import { constants } from "node:fs";
import { mkdir, open, rename, rm, writeFile } from "node:fs/promises";
import { dirname, resolve, sep } from "node:path";
import type { Readable } from "node:stream";

export interface StoredFile {
  body: Readable;
  size: number;
}

/**
 * Where attachment files live. Keys are chosen here (random, never user-supplied) and carry no
 * extension: the type the file is served with comes from its database row, never from a name.
 * LocalDiskStorage implements it on disk; an S3-compatible bucket can implement the same calls.
 */
export interface AttachmentStorage {
  put(key: string, bytes: Uint8Array): Promise<void>;
  /** Null when nothing is stored under this key. */
  get(key: string): Promise<StoredFile | null>;
  /** Deleting a missing key is not an error, so cleanups can be retried. */
  delete(key: string): Promise<void>;
}

const SAFE_KEY = /^attachments\/[0-9a-f]{2}\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A fresh key: `attachments/<2 hex>/<uuid>` (the prefix folder keeps directories small). */
export function newAttachmentKey(): string {
  const id = randomUUID();
  return `attachments/${id.slice(0, 2)}/${id}`;
}

export function isSafeAttachmentKey(key: string): boolean {
  return SAFE_KEY.test(key);
}

export class LocalDiskAttachmentStorage implements AttachmentStorage {
  private readonly root: string;

  constructor(rootDir: string) {
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

  async get(key: string): Promise<StoredFile | null> {
    if (!isSafeAttachmentKey(key)) return null;
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

  /** The file of a key; throws for a key that could leave the storage directory. */
  private pathOf(key: string): string {
    if (!isSafeAttachmentKey(key)) throw new Error(`Unsafe attachment key: ${JSON.stringify(key)}`);
    const path = resolve(this.root, key);
    if (!path.startsWith(this.root + sep)) throw new Error(`Attachment key escapes the storage directory: ${key}`);
    return path;
  }
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  // ELOOP: the final path component is a symlink (refused by O_NOFOLLOW); treat as absent.
  return code === "ENOENT" || code === "ENOTDIR" || code === "ELOOP";
}
