import { chatBadInput } from "./chat-errors.ts";

export interface InboxPosition {
  lastMessageAt: Date;
  id: string;
}

/** Opaque keyset position: the last row's (lastMessageAt, id). */
export function encodeInboxCursor(position: InboxPosition): string {
  return Buffer.from(`${position.lastMessageAt.getTime()}.${position.id}`, "utf8").toString("base64url");
}

export function decodeInboxCursor(cursor: string): InboxPosition {
  const text = Buffer.from(cursor, "base64url").toString("utf8");
  const match = /^(\d{1,15})\.([\w-]{1,64})$/.exec(text);
  if (!match?.[1] || !match[2]) throw chatBadInput("cursor", "invalid");
  return { lastMessageAt: new Date(Number(match[1])), id: match[2] };
}

/** `q` as a LIKE pattern matching anywhere, with the user's own % _ and \ taken literally. */
export function containsPattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}
