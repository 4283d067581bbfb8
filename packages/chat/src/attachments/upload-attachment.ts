import type { UploadStorage } from "@hunar/core/upload-storage";
import type { Db, Tx } from "@hunar/db/types";
import type { ChatAttachment } from "../realtime/events.ts";
import { toChatAttachment } from "./attach-to-message.ts";
import { attachmentError } from "./attachment-errors.ts";
import { MAX_ATTACHMENT_BYTES, MAX_PENDING_ATTACHMENTS } from "./limits.ts";
import { type FileUpload, storeCheckedFile, type UploadRules } from "./store-checked-file.ts";

export type AttachmentUpload = FileUpload;

/** Chat's limits, and its refusals as `chat:errors.attachments.*` on the upload's `file` field. */
const CHAT_UPLOADS: UploadRules = {
  maxBytes: MAX_ATTACHMENT_BYTES,
  maxPending: MAX_PENDING_ATTACHMENTS,
  refuse: (reason, params) => attachmentError(reason, params),
};

/**
 * Checks and stores a file a user wants to send in a chat (storeCheckedFile: type from the
 * content, images re-encoded, at most 10 MB); it waits on no message until sendMessage attaches
 * it, and is swept after a day otherwise. A refused file throws BAD_INPUT
 * `chat:errors.attachments.*` and stores nothing.
 */
export async function uploadAttachment(
  db: Db | Tx,
  storage: UploadStorage,
  user: { userId: string },
  upload: AttachmentUpload,
): Promise<ChatAttachment> {
  return toChatAttachment(await storeCheckedFile(db, storage, user.userId, upload, CHAT_UPLOADS));
}
