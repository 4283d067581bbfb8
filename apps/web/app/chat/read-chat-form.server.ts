import { attachmentError } from "@hunar/chat/attachments/attachment-errors";
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENT_MB, MAX_ATTACHMENTS_PER_MESSAGE } from "@hunar/chat/attachments/limits";
import {
  FormDataParseError,
  MaxFileSizeExceededError,
  MaxFilesExceededError,
  MaxTotalSizeExceededError,
  MultipartParseError,
  parseFormData,
} from "@remix-run/form-data-parser";

const ONE_MB = 1024 * 1024;

/**
 * The conversation page's form without JavaScript: text fields plus the files of `file`,
 * streamed in so a file over the limit is refused as its first extra byte arrives. Too large,
 * too many or a broken body throw BAD_INPUT on `file` (chat:errors.attachments.*).
 */
export async function readChatForm(request: Request): Promise<{ form: FormData; files: File[] }> {
  const files: File[] = [];
  let form: FormData;
  try {
    form = await parseFormData(
      request,
      {
        maxFileSize: MAX_ATTACHMENT_BYTES,
        // One more part than files allowed: a browser sends an empty part for a blank file input.
        maxFiles: MAX_ATTACHMENTS_PER_MESSAGE + 1,
        maxTotalSize: MAX_ATTACHMENTS_PER_MESSAGE * MAX_ATTACHMENT_BYTES + ONE_MB,
      },
      (file) => {
        if (file.fieldName === "file" && file.size > 0) files.push(file);
        return null;
      },
    );
  } catch (error) {
    if (error instanceof MaxFileSizeExceededError || error instanceof MaxTotalSizeExceededError) {
      throw attachmentError("tooLarge", { maxMb: MAX_ATTACHMENT_MB });
    }
    if (error instanceof MaxFilesExceededError) throw attachmentError("tooMany", { max: MAX_ATTACHMENTS_PER_MESSAGE });
    if (error instanceof FormDataParseError || error instanceof MultipartParseError) throw attachmentError("unreadableForm");
    throw error;
  }
  if (files.length > MAX_ATTACHMENTS_PER_MESSAGE) throw attachmentError("tooMany", { max: MAX_ATTACHMENTS_PER_MESSAGE });
  return { form, files };
}
