import { AppError, type MessageParams } from "@hunar/core/app-error";

/** Reasons a delivery file is refused; each is `orders:errors.files.<reason>` in both languages. */
export type DeliveryFileErrorReason =
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
  | "unknown"
  | "unreadableForm";

/** The deliver form's file input, where file errors are shown. */
export const DELIVERY_FILES_FIELD = "files";

export function deliveryFileError(reason: DeliveryFileErrorReason, params?: MessageParams, field = DELIVERY_FILES_FIELD): AppError {
  const key = `orders:errors.files.${reason}`;
  return new AppError("BAD_INPUT", key, { params, fields: { [field]: params ? { key, params } : { key } } });
}
