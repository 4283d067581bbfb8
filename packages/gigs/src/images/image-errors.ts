import { badInput, type AppError, type MessageParams } from "@hunar/core/app-error";

/**
 * Reasons an image is refused; each is `images:errors.<reason>` in both languages, except the
 * bounds on image work (IMAGE_WORK_REASONS), which are `gigs:errors.images.<reason>`.
 */
export type ImageErrorReason =
  | ImageWorkReason
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

/**
 * An animation over the frame or pixel budget (`{ maxFrames, maxMegapixels }`), work cut off by
 * the time budget or encoded beyond the size limit, more of the person's images in processing at
 * once than allowed.
 */
export type ImageWorkReason = "animationTooLarge" | "tooComplex" | "busy";
const IMAGE_WORK_REASONS: ReadonlySet<string> = new Set<ImageWorkReason>(["animationTooLarge", "tooComplex", "busy"]);

/** The default form field for a single uploaded image. */
export const DEFAULT_IMAGE_FIELD = "image";

export function imageError(field: string, reason: ImageErrorReason, params?: MessageParams): AppError {
  const key = IMAGE_WORK_REASONS.has(reason) ? `gigs:errors.images.${reason}` : `images:errors.${reason}`;
  return badInput({ [field]: params ? { key, params } : { key } });
}
