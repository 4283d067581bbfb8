import { join } from "node:path";
import { env } from "@hunar/db/env";
import { LocalDiskStorage, type ImageStorage } from "./storage.ts";

let storage: ImageStorage | undefined;

/**
 * The process's image storage: `${DATA_DIR}/uploads`, beside the embedded database and outside
 * anything served as static files. DATA_DIR is the one @hunar/db resolves (relative to the
 * repository root), so `pnpm start` and the CLIs agree on where data lives.
 */
export function gigImageStorage(): ImageStorage {
  storage ??= new LocalDiskStorage(join(env.DATA_DIR, "uploads"));
  return storage;
}
