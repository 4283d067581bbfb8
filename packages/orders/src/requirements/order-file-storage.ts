import { join } from "node:path";
import { LocalDiskUploadStorage, type UploadStorage } from "@hunar/core/upload-storage";
import { env } from "@hunar/db/env";

let storage: UploadStorage | undefined;

/**
 * The process's storage for files that belong to an order (a client's answers to the gig's
 * questions, deliveries): the orders area of `${DATA_DIR}/uploads`, outside anything served as
 * static files. Files are only served to the order's parties.
 */
export function orderFileStorage(): UploadStorage {
  storage ??= new LocalDiskUploadStorage(join(env.DATA_DIR, "uploads"), "deliveries");
  return storage;
}
