import { join } from "node:path";
import { LocalDiskUploadStorage, type UploadStorage } from "@hunar/core/upload-storage";
import { env } from "@hunar/db/env";

let storage: UploadStorage | undefined;

/**
 * The process's delivery file storage: the deliveries area (`deliveries/`) of
 * `${DATA_DIR}/uploads`, beside gig images and chat attachments and outside anything served
 * statically. Files are only served through the party-checked order file route.
 */
export function deliveryFileStorage(): UploadStorage {
  storage ??= new LocalDiskUploadStorage(join(env.DATA_DIR, "uploads"), "deliveries");
  return storage;
}
