import { join } from "node:path";
import { LocalDiskUploadStorage, type UploadStorage } from "@hunar/core/upload-storage";
import { env } from "@hunar/db/env";

let storage: UploadStorage | undefined;

/**
 * The process's attachment storage: the chat area (`attachments/`) of `${DATA_DIR}/uploads`, beside
 * the gig images and outside anything served as static files. Files are only ever served through
 * the participant-checked attachment route.
 */
export function chatAttachmentStorage(): UploadStorage {
  storage ??= new LocalDiskUploadStorage(join(env.DATA_DIR, "uploads"), "chat");
  return storage;
}
