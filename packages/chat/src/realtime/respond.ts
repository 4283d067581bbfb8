import { isAppError } from "@hunar/core/app-error";
import type { z } from "zod";
import { parseChatInput } from "../parse-chat-input.ts";
import type { Ack, AckError } from "./events.ts";
import type { ChatLog } from "./socket-types.ts";

/** A refusal the client can show; anything that is not an AppError is logged and hidden. */
export function toAckError(error: unknown, log: ChatLog, event: string): AckError {
  if (isAppError(error))
    return error.params
      ? { code: error.code, messageKey: error.messageKey, params: error.params }
      : { code: error.code, messageKey: error.messageKey };
  log.error({ err: error, event }, "chat event failed");
  return { code: "INVALID_STATE", messageKey: "errors:internal" };
}

/**
 * Runs one client event: validates the payload, runs `work`, acknowledges the result or the
 * refusal. Never throws or rejects: a bad payload or a failing database must not take the
 * process down, and a client that sent no acknowledgement callback simply gets none.
 */
export async function respond<S extends z.ZodType, T>(
  { event, schema, payload, ack, log }: { event: string; schema: S; payload: unknown; ack: unknown; log: ChatLog },
  work: (input: z.output<S>) => Promise<T>,
): Promise<T | undefined> {
  const reply = (result: Ack<T>) => {
    if (typeof ack === "function") (ack as (result: Ack<T>) => void)(result);
  };
  try {
    // A malformed payload is BAD_INPUT with the first field's key (chat:errors.invalid when zod's own).
    const data = await work(parseChatInput(schema, payload));
    reply({ ok: true, data });
    return data;
  } catch (error) {
    reply({ ok: false, error: toAckError(error, log, event) });
    return undefined;
  }
}
