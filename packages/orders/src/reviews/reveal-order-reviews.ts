import type { ReviewSubjectRole, Tx } from "@hunar/db/types";
import { notify } from "@hunar/notifications/notify";
import type { LockedOrder } from "../lock-order.ts";
import { orderHref } from "../order-link.ts";
import { recordOrderEvent } from "../timeline/record-order-event.ts";
import { countRevealedRatings, type RevealedRating } from "./count-revealed-ratings.ts";

interface RevealedRow extends RevealedRating {
  id: string;
  authorId: string;
  authorName: string;
}

/**
 * Reveals every still hidden review of an order whose row the caller has locked: both parties
 * have reviewed, or the review window has closed. The UPDATE only takes rows that are still
 * hidden, so a second call (a retried sweep, a sweeper that claimed the order a moment after
 * another finished it) reveals and counts nothing. Each subject is told, except the one whose
 * own review just revealed the pair (they are looking at it).
 */
export async function revealOrderReviews(tx: Tx, order: LockedOrder, input: { at: Date; actorId: string | null }): Promise<number> {
  const revealed = await tx.$queryRaw<RevealedRow[]>`
    UPDATE "Review" AS r SET "revealedAt" = ${input.at}
    FROM "User" AS a
    WHERE r."orderId" = ${order.id} AND r."revealedAt" IS NULL AND a.id = r."authorId"
    RETURNING r.id, r."authorId", a."displayName" AS "authorName", r."subjectId", r."subjectRole"::text AS "subjectRole",
      r."gigId", r.rating, r."hiddenAt"`;
  if (revealed.length === 0) return 0;
  await countRevealedRatings(tx, revealed);
  await recordOrderEvent(tx, {
    order,
    kind: "reviewsRevealed",
    data: {},
    actorId: input.actorId,
    at: input.at,
    dedupeKey: `order:${order.id}:reviewsRevealed`,
  });
  for (const review of revealed) {
    if (review.subjectId === input.actorId || review.hiddenAt !== null) continue;
    await notifyReviewReceived(tx, order, { ...review, revealed: true });
  }
  return revealed.length;
}

/** "X reviewed you": shown at once, or hidden until the reveal (the notification says which). */
export async function notifyReviewReceived(
  tx: Tx,
  order: LockedOrder,
  review: { id: string; subjectId: string; authorName: string; revealed: boolean },
): Promise<void> {
  await notify(tx, {
    userId: review.subjectId,
    kind: "review.received",
    data: { orderId: order.id, orderNumber: order.number, title: order.title, authorName: review.authorName, revealed: review.revealed },
    link: orderHref(order.id),
    dedupeKey: `review:${review.id}:${review.revealed ? "revealed" : "received"}`,
  });
}

export const subjectRoleOf = (authorRole: "client" | "freelancer"): ReviewSubjectRole =>
  authorRole === "client" ? "FREELANCER" : "CLIENT";
