import { parseInput } from "@hunar/core/parse-input";
import type { z } from "zod";
import { chatKey } from "./chat-errors.ts";

/**
 * Parses with any schema or throws BAD_INPUT with field errors keyed by dotted path. Keys the
 * schema names pass through; zod's own messages become the generic `chat:errors.invalid`. The
 * error's own key is the first field's (a socket acknowledgement carries no fields).
 */
export function parseChatInput<T extends z.ZodType>(schema: T, raw: unknown): z.output<T> {
  return parseInput(schema, raw, { keyPrefix: chatKey(""), formKey: (fields) => Object.values(fields)[0]?.key ?? chatKey("invalid") });
}
