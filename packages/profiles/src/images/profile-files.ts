import { randomBytes } from "node:crypto";
import { join } from "node:path";
import { uploadKey } from "@hunar/core/upload-keys";
import { LocalDiskUploadStorage, type UploadStorage } from "@hunar/core/upload-storage";
import { env } from "@hunar/db/env";

// A stored file's base is 32 random hex characters; each size of an image is its own file
// ("<base>-256.webp"), a certificate's file is "<base>.webp" or "<base>.pdf". The rows keep the
// base only: the type a file is served with comes from its row, never from a name.

const BASE = /^[0-9a-f]{32}$/;
const FILE_NAME = /^([0-9a-f]{32})(?:-[1-9][0-9]{0,4})?\.(?:webp|pdf)$/;

export function newFileBase(): string {
  return randomBytes(16).toString("hex");
}

export function isFileBase(value: string): boolean {
  return BASE.test(value);
}

/** The upload key of one size of an image. */
export function imageVariantKey(base: string, size: number): string {
  return uploadKey("profiles", `${base}-${size}.webp`);
}

/** The upload key of a certificate's file, by its type. */
export function certificateFileKey(base: string, mime: string): string {
  return uploadKey("profiles", `${base}.${mime === "application/pdf" ? "pdf" : "webp"}`);
}

/** The base a stored key belongs to, or null for a name that is not one of ours. */
export function baseOfKey(key: string): string | null {
  const name = key.split("/").at(-1) ?? "";
  return FILE_NAME.exec(name)?.[1] ?? null;
}

let storage: UploadStorage | undefined;

/** The process's storage for profile files: the `profiles` area of `${DATA_DIR}/uploads`. */
export function profileStorage(): UploadStorage {
  storage ??= new LocalDiskUploadStorage(join(env.DATA_DIR, "uploads"), "profiles");
  return storage;
}

/** Writes every file or none: on a failure the ones already written are removed again. */
export async function putAll(storage: UploadStorage, files: { key: string; bytes: Uint8Array }[]): Promise<void> {
  const written: string[] = [];
  try {
    for (const file of files) {
      await storage.put(file.key, file.bytes);
      written.push(file.key);
    }
  } catch (error) {
    await deleteQuietly(storage, written);
    throw error;
  }
}

/** Deletes files, ignoring failures: the sweep of files no row names removes what is left. */
export async function deleteQuietly(storage: UploadStorage, keys: readonly string[]): Promise<void> {
  await Promise.all(keys.map((key) => storage.delete(key).catch(() => undefined)));
}
