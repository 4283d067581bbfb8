import { join } from "node:path";
import { env } from "@hunar/db/env";
import { type AttachmentStorage, LocalDiskAttachmentStorage } from "./storage.ts";

let storage: AttachmentStorage | undefined;

/**
 * The process's attachment storage: `${DATA_DIR}/uploads` (keys start with `attachments/`), beside
 * the gig images and outside anything served as static files. Files are only ever served through
 * the participant-checked attachment route.
 */
export function chatAttachmentStorage(): AttachmentStorage {
  storage ??= new LocalDiskAttachmentStorage(join(env.DATA_DIR, "uploads"));
  return storage;
}
