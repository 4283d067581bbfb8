import { parseInput } from "@hunar/core/parse-input";
import type { Db } from "@hunar/db/client";
import { isUniqueViolation } from "@hunar/db/errors";
import type { Tx } from "@hunar/db/types";
import { lockOrder, type LockedOrder } from "../lock-order.ts";
import { orderParties } from "../order-parties.ts";
import { orderNotFound, roleIn, type OrderRole } from "../order-role.ts";
import { recordOrderEvent } from "../timeline/record-order-event.ts";
import { reviewError } from "./review-errors.ts";
import { type SubmitReviewInput, ZClientReviewInput, ZFreelancerReviewInput } from "./review-input.ts";
import { notifyReviewReceived, revealOrderReviews, subjectRoleOf } from "./reveal-order-reviews.ts";

export interface SubmitReviewResult {
  reviewId: string;
  /** True when this review completed the pair, so both are public now. */
  revealed: boolean;
}

const alreadyReviewed = () => reviewError("CONFLICT", "alreadyReviewed");

/**
 * One party reviews the other after the order completed, once, until the review window closes.
 * Double-blind: the review stays hidden until the other side's is in (then both are revealed in
 * this transaction) or the window closes (revealDueReviews). The order row is locked first, so of
 * two parties submitting at once the second sees the first's review and reveals both; a second
 * review by the same author is refused, and the unique (orderId, authorId) index refuses it even
 * if something skipped the lock.
 */
export async function submitReview(
  db: Db,
  author: { userId: string },
  raw: SubmitReviewInput,
  options: { now?: Date } = {},
): Promise<SubmitReviewResult> {
  const parties = await orderParties(db, typeof raw.orderId === "string" ? raw.orderId : "");
  const role = parties ? roleIn({ clientId: parties[0] ?? "", freelancerId: parties[1] ?? "" }, author.userId) : null;
  if (!role) throw orderNotFound();
  const input = parseInput(role === "client" ? ZClientReviewInput : ZFreelancerReviewInput, raw, { keyPrefix: "reviews:errors." });
  const now = options.now ?? new Date();
  try {
    return await db.$transaction((tx) => writeReview(tx, { ...input, role, authorId: author.userId, now }));
  } catch (error) {
    if (isUniqueViolation(error)) throw alreadyReviewed();
    throw error;
  }
}

interface ReviewDraft {
  orderId: string;
  role: OrderRole;
  authorId: string;
  now: Date;
  rating: number;
  comment: string | null;
  communication?: number;
  quality?: number;
  onTime?: number;
}

async function writeReview(tx: Tx, draft: ReviewDraft): Promise<SubmitReviewResult> {
  const order = await lockOrder(tx, draft.orderId);
  if (!order) throw orderNotFound();
  assertReviewable(order, draft.now);
  const existing = await tx.review.findMany({ where: { orderId: order.id }, select: { authorId: true } });
  if (existing.some((review) => review.authorId === draft.authorId)) throw alreadyReviewed();
  const review = await createReview(tx, order, draft);
  await recordOrderEvent(tx, {
    order,
    kind: "reviewed",
    data: { role: draft.role },
    actorId: draft.authorId,
    at: draft.now,
    dedupeKey: `order:${order.id}:reviewed:${draft.role}`,
  });
  if (existing.length > 0) {
    await revealOrderReviews(tx, order, { at: draft.now, actorId: draft.authorId });
    return { reviewId: review.id, revealed: true };
  }
  await notifyReviewReceived(tx, order, { ...review, revealed: false });
  return { reviewId: review.id, revealed: false };
}

/** Reviews open when the order completes and close at reviewsCloseAt; a cancelled order has none. */
function assertReviewable(order: LockedOrder, now: Date): void {
  if (order.status !== "COMPLETED" || order.reviewsCloseAt === null) throw reviewError("INVALID_STATE", "notCompleted");
  if (now.getTime() >= order.reviewsCloseAt.getTime()) throw reviewError("INVALID_STATE", "windowClosed");
}

async function createReview(tx: Tx, order: LockedOrder, draft: ReviewDraft) {
  const byClient = draft.role === "client";
  const review = await tx.review.create({
    data: {
      orderId: order.id,
      authorId: draft.authorId,
      subjectId: byClient ? order.freelancerId : order.clientId,
      subjectRole: subjectRoleOf(draft.role),
      rating: draft.rating,
      comment: draft.comment,
      createdAt: draft.now,
      // The work's details and the gig and package bought belong to the client's review only:
      // they describe the freelancer's gig, which a review of the client is not about.
      ...(byClient ? { communication: draft.communication ?? null, quality: draft.quality ?? null, onTime: draft.onTime ?? null } : {}),
      ...(byClient ? { gigId: order.gigId, packageTier: order.packageTier } : {}),
    },
    select: { id: true, subjectId: true, author: { select: { displayName: true } } },
  });
  return { id: review.id, subjectId: review.subjectId, authorName: review.author.displayName };
}
