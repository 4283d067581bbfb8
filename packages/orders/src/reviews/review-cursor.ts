import { AppError } from "@hunar/core/app-error";
import { reviewKey } from "./review-errors.ts";

/** Where a page of reviews ends: the last row's (revealedAt, id), newest first. */
export interface ReviewPosition {
  revealedAt: Date;
  id: string;
}

/** Opaque to readers: the "more" link carries it and nothing else is promised about its form. */
export function encodeReviewCursor(position: ReviewPosition): string {
  return Buffer.from(`${position.revealedAt.getTime()}.${position.id}`, "utf8").toString("base64url");
}

export function decodeReviewCursor(cursor: string): ReviewPosition {
  const text = cursor.length <= 200 ? Buffer.from(cursor, "base64url").toString("utf8") : "";
  const match = /^(\d{1,15})\.([\w-]{1,64})$/.exec(text);
  if (!match?.[1] || !match[2]) {
    throw new AppError("BAD_INPUT", reviewKey("cursorInvalid"), { fields: { reviews: { key: reviewKey("cursorInvalid") } } });
  }
  return { revealedAt: new Date(Number(match[1])), id: match[2] };
}
