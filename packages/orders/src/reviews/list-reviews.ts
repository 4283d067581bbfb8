import { AppError } from "@hunar/core/app-error";
import { afterKeyset, decodeKeysetCursor, encodeKeysetCursor, type KeysetPosition } from "@hunar/core/keyset-cursor";
import type { Db } from "@hunar/db/client";
import type { Prisma } from "@hunar/db/types";
import type { OrderRole } from "../order-role.ts";
import { reviewKey } from "./review-errors.ts";
import { PUBLIC_REVIEW_SELECT, type PublicReview } from "./review-view.ts";

export interface ReviewPage {
  reviews: PublicReview[];
  /** Pass back as `cursor` for the next, older page; null on the last page. */
  nextCursor: string | null;
}

export interface ReviewPageOptions {
  cursor?: string | null;
  limit?: number;
}

const DEFAULT_LIMIT = 10;
const MAX_LIMIT = 50;

/** The revealed, visible reviews of a gig's work, newest first, a page at a time. */
export function listGigReviews(db: Db, gigId: string, options: ReviewPageOptions = {}): Promise<ReviewPage> {
  return listReviews(db, { gigId, subjectRole: "FREELANCER" }, options);
}

/** The revealed, visible reviews a person received as a freelancer or as a client, newest first. */
export function listUserReviews(db: Db, userId: string, role: OrderRole, options: ReviewPageOptions = {}): Promise<ReviewPage> {
  return listReviews(db, { subjectId: userId, subjectRole: role === "freelancer" ? "FREELANCER" : "CLIENT" }, options);
}

/**
 * Keyset pages over (revealedAt desc, id desc), which the Review indexes serve in order: a page
 * starts strictly after the previous page's last row, so reviews revealed meanwhile (newer) never
 * shift a reader onto rows they saw or past rows they did not. Both reviews of an order share
 * their revealedAt; the id breaks the tie.
 */
async function listReviews(db: Db, scope: Prisma.ReviewWhereInput, options: ReviewPageOptions): Promise<ReviewPage> {
  const limit = Math.min(Math.max(Math.trunc(options.limit ?? DEFAULT_LIMIT), 1), MAX_LIMIT);
  const after = options.cursor ? decodeCursor(options.cursor) : null;
  const rows = await db.review.findMany({
    where: {
      ...scope,
      hiddenAt: null,
      revealedAt: { not: null },
      ...(after ? afterKeyset("revealedAt", after) : {}),
    },
    orderBy: [{ revealedAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    select: PUBLIC_REVIEW_SELECT,
  });
  // The where clause admits revealed rows only; this narrows the type to say so.
  const page = rows.slice(0, limit).flatMap((row) => (row.revealedAt ? [{ ...row, revealedAt: row.revealedAt }] : []));
  const last = page.at(-1);
  return { reviews: page, nextCursor: rows.length > limit && last ? encodeKeysetCursor({ at: last.revealedAt, id: last.id }) : null };
}

/** The "more" link's `?reviews=`: a cursor we did not write is bad input on that parameter. */
function decodeCursor(cursor: string): KeysetPosition {
  const position = decodeKeysetCursor(cursor);
  if (position) return position;
  throw new AppError("BAD_INPUT", reviewKey("cursorInvalid"), { fields: { reviews: { key: reviewKey("cursorInvalid") } } });
}
