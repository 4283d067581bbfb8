import { AppError, type FieldError } from "@hunar/core/app-error";
import type { z } from "zod";
import { chatKey } from "./chat-errors.ts";

/**
 * Parses with any schema or throws BAD_INPUT with field errors keyed by dotted path. Keys the
 * schema names (`chat:`/`errors:`) pass through; zod's own messages become the generic
 * `chat:errors.invalid`. The error's own key is the first field's (a socket acknowledgement
 * carries no fields).
 */
export function parseChatInput<T extends z.ZodType>(schema: T, raw: unknown): z.output<T> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const fields: Record<string, FieldError> = {};
  for (const issue of result.error.issues) {
    const field = issue.path.length === 0 ? "form" : issue.path.map(String).join(".");
    if (fields[field]) continue;
    const known = issue.message.startsWith("chat:") || issue.message.startsWith("errors:");
    fields[field] = { key: known ? issue.message : chatKey("invalid") };
  }
  const first = Object.values(fields)[0]?.key ?? chatKey("invalid");
  throw new AppError("BAD_INPUT", first, { fields });
}
