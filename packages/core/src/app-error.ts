// Domain code throws AppError; the API layer maps `code` to an HTTP/tRPC status and localises
// `messageKey` (an i18n key in the `errors` namespace) for the user. Domain code never writes
// user-facing text itself, so every error exists in Urdu and English.

export const APP_ERROR_CODES = [
  "BAD_INPUT",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "CONFLICT",
  "INVALID_STATE",
  "RATE_LIMITED",
] as const;

export type AppErrorCode = (typeof APP_ERROR_CODES)[number];

/** Interpolation values for a message, e.g. `{ minutes: 5 }` for "try again in 5 minutes". */
export type MessageParams = Record<string, string | number>;

export interface FieldError {
  key: string;
  params?: MessageParams;
}

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly messageKey: string;
  readonly params: MessageParams | undefined;
  /** Per-field errors for forms, keyed by field name. */
  readonly fields: Record<string, FieldError> | undefined;

  constructor(
    code: AppErrorCode,
    messageKey: string,
    options: { params?: MessageParams; fields?: Record<string, FieldError>; cause?: unknown } = {},
  ) {
    super(`${code}: ${messageKey}`, { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.messageKey = messageKey;
    this.params = options.params;
    this.fields = options.fields;
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}

/** A BAD_INPUT error carrying field errors, the common case for forms. */
export function badInput(fields: Record<string, FieldError>): AppError {
  return new AppError("BAD_INPUT", "errors:badInput", { fields });
}
