import type { Db } from "@hunar/db/client";
import type { PackageTier } from "@hunar/db/types";
import { orderNotFound, roleIn, type OrderRole } from "../order-role.ts";

/** A review on the order page. */
export interface OrderReview {
  id: string;
  rating: number;
  communication: number | null;
  quality: number | null;
  onTime: number | null;
  comment: string | null;
  packageTier: PackageTier | null;
  reply: string | null;
  repliedAt: Date | null;
  createdAt: Date;
  /** Null while it is still hidden from the other side and the public. */
  revealedAt: Date | null;
}

export interface OrderReviews {
  orderId: string;
  role: OrderRole;
  /**
   * What the viewer may write now: their review (with the detailed ratings when they are the
   * client), a reply to the client's revealed review of them, or nothing.
   */
  mayWrite: "review" | "reply" | null;
  /** When reviews stop being accepted and every hidden one is revealed; null before completion. */
  closesAt: Date | null;
  /** The order is completed and its review window has not closed yet. */
  windowOpen: boolean;
  mine: OrderReview | null;
  /** The other side's review, only once it is revealed. */
  theirs: OrderReview | null;
  /** The other side has reviewed, but it stays hidden until the viewer does or the window closes. */
  theirsWaiting: boolean;
}

const ORDER_REVIEW_SELECT = {
  id: true,
  authorId: true,
  rating: true,
  communication: true,
  quality: true,
  onTime: true,
  comment: true,
  packageTier: true,
  reply: true,
  repliedAt: true,
  createdAt: true,
  revealedAt: true,
  hiddenAt: true,
} as const;

/**
 * The reviews part of the order page for one of its parties; anyone else is told the order does
 * not exist. The other side's review is left out until revealed (double-blind), and so is one
 * moderation hid.
 */
export async function readOrderReviews(db: Db, orderId: string, viewerId: string, now: Date = new Date()): Promise<OrderReviews> {
  const order = await db.order.findUnique({
    where: { id: orderId },
    select: { id: true, clientId: true, freelancerId: true, status: true, reviewsCloseAt: true, reviews: { select: ORDER_REVIEW_SELECT } },
  });
  const role = order ? roleIn(order, viewerId) : null;
  if (!order || !role) throw orderNotFound();
  const mine = order.reviews.find((review) => review.authorId === viewerId) ?? null;
  const other = order.reviews.find((review) => review.authorId !== viewerId) ?? null;
  const theirs = other && other.revealedAt !== null && other.hiddenAt === null ? other : null;
  const open = order.status === "COMPLETED" && order.reviewsCloseAt !== null && now.getTime() < order.reviewsCloseAt.getTime();
  const mayReply = role === "freelancer" && theirs !== null && theirs.reply === null;
  return {
    orderId: order.id,
    role,
    mayWrite: open && !mine ? "review" : mayReply ? "reply" : null,
    closesAt: order.reviewsCloseAt,
    windowOpen: open,
    mine: mine ? view(mine) : null,
    theirs: theirs ? view(theirs) : null,
    theirsWaiting: other !== null && other.revealedAt === null,
  };
}

function view(review: OrderReview & { authorId: string; hiddenAt: Date | null }): OrderReview {
  const { authorId: _author, hiddenAt: _hidden, ...shown } = review;
  return shown;
}
