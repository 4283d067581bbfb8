import { ATTACHMENT_FILE_FIELD, attachmentError } from "@hunar/chat/attachments/attachment-errors";
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENT_MB, MAX_ATTACHMENTS_PER_MESSAGE } from "@hunar/chat/attachments/limits";
import { readMultipartForm } from "#app/utils/read-multipart-form.server.ts";

/**
 * The conversation page's form without JavaScript: text fields plus the files of `file`,
 * streamed in so a file over the limit is refused as its first extra byte arrives. Too large,
 * too many or a broken body throw BAD_INPUT on `file` (chat:errors.attachments.*).
 */
export function readChatForm(request: Request): Promise<{ form: FormData; files: File[] }> {
  return readMultipartForm(request, {
    fileField: ATTACHMENT_FILE_FIELD,
    maxFiles: MAX_ATTACHMENTS_PER_MESSAGE,
    maxFileBytes: MAX_ATTACHMENT_BYTES,
    refuse: {
      tooLarge: () => attachmentError("tooLarge", { maxMb: MAX_ATTACHMENT_MB }),
      tooMany: () => attachmentError("tooMany", { max: MAX_ATTACHMENTS_PER_MESSAGE }),
      unreadable: () => attachmentError("unreadableForm"),
    },
  });
}
