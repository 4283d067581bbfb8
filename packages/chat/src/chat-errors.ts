import { AppError, type MessageParams } from "@hunar/core/app-error";

/** `chat:errors.<key>`, in both languages in packages/i18n/locales/{en,ur}/chat.json. */
export const chatKey = (key: string): string => `chat:errors.${key}`;

export function chatError(code: AppError["code"], key: string, params?: MessageParams): AppError {
  return new AppError(code, chatKey(key), params ? { params } : {});
}

/**
 * BAD_INPUT whose message key is the specific problem (a socket acknowledgement carries only the
 * key), with the same key on the field for forms.
 */
export function chatBadInput(field: string, key: string, params?: MessageParams): AppError {
  const messageKey = chatKey(key);
  return new AppError("BAD_INPUT", messageKey, {
    ...(params ? { params } : {}),
    fields: { [field]: params ? { key: messageKey, params } : { key: messageKey } },
  });
}

/** A conversation that does not exist or that the user is not part of: the same answer for both. */
export const conversationNotFound = (): AppError => chatError("NOT_FOUND", "conversationNotFound");

/** Model queries and raw SQL report it differently; @hunar/db/errors knows both. */
export { isUniqueViolation } from "@hunar/db/errors";
