import { decodeKeysetCursor, encodeKeysetCursor } from "@hunar/core/keyset-cursor";
import { chatBadInput } from "./chat-errors.ts";

export interface InboxPosition {
  lastMessageAt: Date;
  id: string;
}

/** Opaque keyset position: the last row's (lastMessageAt, id), written as every keyset list writes it. */
export function encodeInboxCursor(position: InboxPosition): string {
  return encodeKeysetCursor({ at: position.lastMessageAt, id: position.id });
}

export function decodeInboxCursor(cursor: string): InboxPosition {
  const position = decodeKeysetCursor(cursor);
  if (!position) throw chatBadInput("cursor", "invalid");
  return { lastMessageAt: position.at, id: position.id };
}

/** `q` as a LIKE pattern matching anywhere, with the user's own % _ and \ taken literally. */
export function containsPattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}
