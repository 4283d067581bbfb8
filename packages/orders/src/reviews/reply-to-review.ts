import { parseInput } from "@hunar/core/parse-input";
import type { Db } from "@hunar/db/client";
import { reviewError } from "./review-errors.ts";
import { type ReplyToReviewInput, ZReplyToReviewInput } from "./review-input.ts";

/**
 * The reviewed freelancer answers a review of them once, in public, after it is revealed (before
 * that they have not read it). The write only matches a review with no reply yet, so of two
 * replies sent at once one is kept and the other is told it already exists.
 */
export async function replyToReview(
  db: Db,
  freelancer: { userId: string },
  raw: ReplyToReviewInput,
  options: { now?: Date } = {},
): Promise<{ reviewId: string }> {
  const input = parseInput(ZReplyToReviewInput, raw, { keyPrefix: "reviews:errors." });
  const review = await db.review.findUnique({
    where: { id: input.reviewId },
    select: { id: true, authorId: true, subjectId: true, subjectRole: true, revealedAt: true, hiddenAt: true, reply: true },
  });
  const isParty = review !== null && (review.subjectId === freelancer.userId || review.authorId === freelancer.userId);
  // A review that is neither yours nor about you is, to you, one that does not exist.
  if (!review || !isParty) throw reviewError("NOT_FOUND", "notFound");
  if (review.subjectId !== freelancer.userId || review.subjectRole !== "FREELANCER") throw reviewError("FORBIDDEN", "replyNotYours");
  if (review.revealedAt === null || review.hiddenAt !== null) throw reviewError("INVALID_STATE", "replyNotRevealed");
  if (review.reply !== null) throw reviewError("CONFLICT", "alreadyReplied");
  const written = await db.review.updateMany({
    where: { id: review.id, reply: null },
    data: { reply: input.reply, repliedAt: options.now ?? new Date() },
  });
  if (written.count === 0) throw reviewError("CONFLICT", "alreadyReplied");
  return { reviewId: review.id };
}
