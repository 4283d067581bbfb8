import { AppError, type MessageParams } from "@hunar/core/app-error";

/** `reviews:errors.<key>`, in both languages in packages/i18n/locales/{en,ur}/reviews.json. */
export const reviewKey = (key: string): string => `reviews:errors.${key}`;

export function reviewError(code: AppError["code"], key: string, params?: MessageParams): AppError {
  return new AppError(code, reviewKey(key), params ? { params } : {});
}
