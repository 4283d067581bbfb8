import { AppError, type AppErrorCode, type MessageParams } from "@hunar/core/app-error";

/** A dispute that does not exist, or that the viewer is not part of: they do not learn which. */
export const disputeNotFound = () => new AppError("NOT_FOUND", "disputes:errors.notFound");

/** A refusal at `disputes:errors.<name>`, on a form field when one is named. */
export function disputeError(code: AppErrorCode, name: string, field?: string, params?: MessageParams): AppError {
  const key = `disputes:errors.${name}`;
  return new AppError(code, key, {
    ...(params ? { params } : {}),
    ...(field ? { fields: { [field]: { key, ...(params ? { params } : {}) } } } : {}),
  });
}
