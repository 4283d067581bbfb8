import { badInput, type AppError, type MessageParams } from "@hunar/core/app-error";

/** Reasons an image is refused; each is `images:errors.<reason>` in both languages. */
export type ImageErrorReason =
  | "empty"
  | "tooLarge"
  | "unsupportedType"
  | "unreadable"
  | "tooManyPixels"
  | "tooWide"
  | "tooSmall"
  | "tooManyPending"
  | "tooManyImages"
  | "unknownImage"
  | "unreadableForm";

/** The default form field for a single uploaded image. */
export const DEFAULT_IMAGE_FIELD = "image";

export function imageError(field: string, reason: ImageErrorReason, params?: MessageParams): AppError {
  return badInput({ [field]: params ? { key: `images:errors.${reason}`, params } : { key: `images:errors.${reason}` } });
}
