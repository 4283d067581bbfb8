import { attachmentError } from "@hunar/chat/attachments/attachment-errors";
import { MAX_ATTACHMENT_BYTES, MAX_PENDING_ATTACHMENTS } from "@hunar/chat/attachments/limits";
import { type StoredUpload, storeCheckedFile } from "@hunar/chat/attachments/store-checked-file";
import type { UploadStorage } from "@hunar/core/upload-storage";
import type { Db, Tx } from "@hunar/db/types";

export interface AnswerFileUpload {
  uploaderId: string;
  /** As the browser named it; kept for display and download only. */
  fileName: string;
  bytes: Uint8Array;
  /** The form field a refusal is reported on (`answers.<position>.file`). */
  field: string;
  now?: Date;
}

/**
 * Checks and stores a file the client adds to an answer, the way every upload is checked
 * (storeCheckedFile) and as big as a chat attachment may be (10 MB), worded as chat words its
 * refusals: BAD_INPUT `chat:errors.attachments.*` on the answer's own field, and nothing stored.
 * The answer claims it in the requirements' transaction; unclaimed, it is swept after a day.
 */
export function storeAnswerFile(db: Db | Tx, storage: UploadStorage, upload: AnswerFileUpload): Promise<StoredUpload> {
  const { uploaderId, field, ...file } = upload;
  return storeCheckedFile(db, storage, uploaderId, file, {
    maxBytes: MAX_ATTACHMENT_BYTES,
    maxPending: MAX_PENDING_ATTACHMENTS,
    refuse: (reason, params) => attachmentError(reason, params, field),
  });
}
