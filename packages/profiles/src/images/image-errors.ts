import { badInput, type AppError, type MessageParams } from "@hunar/core/app-error";

/** Why an uploaded file is refused; each is `profiles:errors.file.<reason>` in both languages. */
export type FileRefusal =
  | "empty"
  | "tooLarge"
  | "unsupportedType"
  | "unreadable"
  | "tooManyPixels"
  | "tooWide"
  | "tooSmall"
  | "animated"
  | "tooComplex"
  | "busy"
  | "unreadableForm"
  | "tooManyFiles";

export function fileError(field: string, reason: FileRefusal, params?: MessageParams): AppError {
  const key = `profiles:errors.file.${reason}`;
  return badInput({ [field]: params ? { key, params } : { key } });
}
