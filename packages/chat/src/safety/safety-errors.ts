import { AppError, type MessageParams } from "@hunar/core/app-error";

/** `chat:errors.safety.<key>`, in both languages in packages/i18n/locales/{en,ur}/chat.json. */
export function safetyError(code: AppError["code"], key: string, params?: MessageParams): AppError {
  return new AppError(code, `chat:errors.safety.${key}`, params ? { params } : {});
}

/** BAD_INPUT with the specific key as the message (socket acks carry only that) and on the field. */
export function safetyBadInput(field: string, key: string, params?: MessageParams): AppError {
  const messageKey = `chat:errors.safety.${key}`;
  return new AppError("BAD_INPUT", messageKey, {
    ...(params ? { params } : {}),
    fields: { [field]: params ? { key: messageKey, params } : { key: messageKey } },
  });
}

/** Admin-only functions refuse everyone else the same way. */
export function assertAdmin(actor: { isAdmin?: boolean }): void {
  if (!actor.isAdmin) throw new AppError("FORBIDDEN", "errors:forbidden");
}
