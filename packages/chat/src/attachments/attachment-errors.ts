import { AppError, type MessageParams } from "@hunar/core/app-error";

/** Reasons an attachment is refused; each is `chat:errors.attachments.<reason>` in both languages. */
export type AttachmentErrorReason =
  | "empty"
  | "tooLarge"
  | "unsupportedType"
  | "unreadableImage"
  | "tooManyPixels"
  | "animationTooLarge"
  | "tooComplex"
  | "busy"
  | "tooManyPending"
  | "tooMany"
  | "unknownAttachment"
  | "unreadableForm"
  | "missingFile";

/** The multipart field of an upload, and the field attachment ids are reported on. */
export const ATTACHMENT_FILE_FIELD = "file";
export const ATTACHMENT_IDS_FIELD = "attachmentIds";

/**
 * BAD_INPUT whose message key is the specific reason (a socket acknowledgement carries only the
 * key), with the same key on the field for forms.
 */
export function attachmentError(reason: AttachmentErrorReason, params?: MessageParams, field = ATTACHMENT_FILE_FIELD): AppError {
  const key = `chat:errors.attachments.${reason}`;
  return new AppError("BAD_INPUT", key, { params, fields: { [field]: params ? { key, params } : { key } } });
}
