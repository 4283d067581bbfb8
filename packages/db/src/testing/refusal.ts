import { type FieldError, isAppError } from "@hunar/core/app-error";
import { serverI18n } from "@hunar/i18n/translate";
import { expect } from "vitest";

/**
 * What a refused call threw, for asserting on: its code and message key. It must be an AppError
 * whose message (and every field's) exists in both languages, so a test of a refusal also proves
 * the person refused is told why in Urdu and English.
 */
export async function refusal(work: Promise<unknown>): Promise<{ code: string; messageKey: string }> {
  const { code, messageKey } = await refusalWithFields(work);
  return { code, messageKey };
}

/** The same, with the fields the refusal named (for forms: which field, which message). */
export async function refusalWithFields(
  work: Promise<unknown>,
): Promise<{ code: string; messageKey: string; fields: Record<string, FieldError> | undefined }> {
  const error: unknown = await work.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  if (!isAppError(error)) throw new Error(`expected an AppError, got ${String(error)}`);
  for (const locale of ["en", "ur"] as const) {
    expect(serverI18n(locale).exists(error.messageKey), `${error.messageKey} in ${locale}`).toBe(true);
    for (const field of Object.values(error.fields ?? {}))
      expect(serverI18n(locale).exists(field.key), `${field.key} in ${locale}`).toBe(true);
  }
  return { code: error.code, messageKey: error.messageKey, fields: error.fields };
}
