import { z } from "zod";
import { chatBadInput, chatKey } from "./chat-errors.ts";

export const MAX_MESSAGE_LENGTH = 5000;

/** C0 controls other than the newline, and DEL: PostgreSQL refuses NUL, the rest is junk. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F]/;

/**
 * A message body as stored: Windows line ends unified and outer whitespace trimmed, otherwise
 * exactly as typed (no Unicode normalisation either: Urdu typed on different keyboards must come
 * back byte for byte). Empty is allowed only when files are attached.
 */
export function checkMessageBody(raw: string, hasAttachments: boolean): string {
  const body = raw.replace(/\r\n?/g, "\n").trim();
  if (CONTROL.test(body)) throw chatBadInput("body", "controlCharacters");
  // Code points, not UTF-16 units: an emoji counts as one character, as the user sees it.
  const length = [...body].length;
  if (length > MAX_MESSAGE_LENGTH) throw chatBadInput("body", "messageTooLong", { max: MAX_MESSAGE_LENGTH, length });
  if (length === 0 && !hasAttachments) throw chatBadInput("body", "messageEmpty");
  return body;
}

/** The body as checkMessageBody stores it (no files), or null where it would refuse it. */
export function storableMessageBody(raw: string): string | null {
  try {
    return checkMessageBody(raw, false);
  } catch {
    return null;
  }
}

/**
 * The sender's own id for a message (a UUID in practice): retrying with the same id never
 * stores the message twice.
 */
export const ZClientMessageId = z
  .string({ error: chatKey("clientMessageIdInvalid") })
  .regex(/^[A-Za-z0-9_-]{8,64}$/, { error: chatKey("clientMessageIdInvalid") });

/** Row ids (cuid) as they arrive from clients; anything else cannot name a row. */
export const ZId = z.string().min(1).max(64);

export const ZAbout = z
  .object({
    gigId: ZId.optional(),
    proposalId: ZId.optional(),
    offerId: ZId.optional(),
    orderId: ZId.optional(),
  })
  .strict();

export type MessageAbout = z.infer<typeof ZAbout>;
