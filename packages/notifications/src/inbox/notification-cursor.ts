import { AppError } from "@hunar/core/app-error";

export interface NotificationPosition {
  createdAt: Date;
  id: string;
}

/** Opaque keyset position: the last row's (createdAt, id). */
export function encodeNotificationCursor(position: NotificationPosition): string {
  return Buffer.from(`${position.createdAt.getTime()}.${position.id}`, "utf8").toString("base64url");
}

/** The position a cursor names; anything we did not write (edited, truncated) is BAD_INPUT. */
export function decodeNotificationCursor(cursor: string): NotificationPosition {
  const text = Buffer.from(cursor, "base64url").toString("utf8");
  const match = /^(\d{1,15})\.([\w-]{1,64})$/.exec(text);
  if (!match?.[1] || !match[2]) throw new AppError("BAD_INPUT", "notifications:errors.cursorInvalid");
  return { createdAt: new Date(Number(match[1])), id: match[2] };
}
