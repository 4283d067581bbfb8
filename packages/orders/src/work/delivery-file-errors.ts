import { AppError, isAppError, type MessageParams } from "@hunar/core/app-error";

/** Reasons a delivery file is refused; each is `orders:errors.files.<reason>` in both languages. */
export type DeliveryFileErrorReason =
  | "empty"
  | "tooLarge"
  | "unsupportedType"
  | "unreadableImage"
  | "tooManyPixels"
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

const CHAT_REASONS: Record<string, DeliveryFileErrorReason> = {
  "chat:errors.attachments.unsupportedType": "unsupportedType",
  "chat:errors.attachments.unreadableImage": "unreadableImage",
  "chat:errors.attachments.tooManyPixels": "tooManyPixels",
};

/**
 * The chat file checks this package reuses speak of chat attachments: rethrows the same refusal
 * said about a delivery file, and anything else unchanged.
 */
export function rethrowAsDeliveryFileError(error: unknown): never {
  const reason = isAppError(error) ? CHAT_REASONS[error.messageKey] : undefined;
  if (reason) throw deliveryFileError(reason, (error as AppError).params);
  throw error;
}
