import { z } from "zod";
import { reviewKey } from "./review-errors.ts";
import { RATING_MAX, RATING_MIN, REVIEW_COMMENT_MAX, REVIEW_REPLY_MAX } from "./review-limits.ts";

const ZReviewId = z
  .string({ error: reviewKey("notFound") })
  .min(1, reviewKey("notFound"))
  .max(100, reviewKey("notFound"));

const ZRating = z
  .number({ error: reviewKey("ratingRequired") })
  .int(reviewKey("ratingRequired"))
  .min(RATING_MIN, reviewKey("ratingRequired"))
  .max(RATING_MAX, reviewKey("ratingRequired"));

const ZComment = z
  .string({ error: reviewKey("commentTooLong") })
  .trim()
  .max(REVIEW_COMMENT_MAX, reviewKey("commentTooLong"))
  .transform((value) => (value === "" ? null : value))
  .nullish()
  .transform((value) => value ?? null);

/** What the freelancer writes about the client: one overall rating and an optional text. */
export const ZFreelancerReviewInput = z.object({ orderId: ZReviewId, rating: ZRating, comment: ZComment });

/** The client's review of the work also rates communication, quality and delivery on time. */
export const ZClientReviewInput = ZFreelancerReviewInput.extend({ communication: ZRating, quality: ZRating, onTime: ZRating });

/** Unchecked: a rating left out is reported as a field error, like one out of range. */
export interface SubmitReviewInput {
  orderId: string;
  rating?: number | undefined;
  comment?: string | null;
  /** The client's review only; ignored in the freelancer's. */
  communication?: number | undefined;
  quality?: number | undefined;
  onTime?: number | undefined;
}

export const ZReplyToReviewInput = z.object({
  reviewId: ZReviewId,
  reply: z
    .string({ error: reviewKey("replyRequired") })
    .trim()
    .min(1, reviewKey("replyRequired"))
    .max(REVIEW_REPLY_MAX, reviewKey("replyTooLong")),
});
export type ReplyToReviewInput = z.input<typeof ZReplyToReviewInput>;
