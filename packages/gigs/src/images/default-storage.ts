import { join } from "node:path";
import { LocalDiskUploadStorage, type UploadStorage } from "@hunar/core/upload-storage";
import { env } from "@hunar/db/env";

let storage: UploadStorage | undefined;

/**
 * The process's image storage: the gig-images area (`gigs/`) of `${DATA_DIR}/uploads`, beside the embedded database and outside
 * anything served as static files. DATA_DIR is the one @hunar/db resolves (relative to the
 * repository root), so `pnpm start` and the CLIs agree on where data lives.
 */
export function gigImageStorage(): UploadStorage {
  storage ??= new LocalDiskUploadStorage(join(env.DATA_DIR, "uploads"), "gig-images");
  return storage;
}
