import type { Db } from "@hunar/db/client";
import type { OrderStatus, PackageTier } from "@hunar/db/types";
import { createTestFreelancer, createTestGig, createTestOrder, createTestUser } from "@hunar/db/testing/factories";
import { addDays } from "../order-link.ts";

/*
 * Test-only: the people of a reviewed order and completed orders made directly (the completion
 * itself belongs to the acceptance code and its tests), with the review window the completion
 * would leave.
 */

export interface ReviewWorld {
  freelancerId: string;
  clientId: string;
  strangerId: string;
  gigId: string;
}

/** A freelancer with a profile and a published gig, a client without a profile, and an outsider. */
export async function createReviewWorld(db: Db): Promise<ReviewWorld> {
  const freelancer = await createTestFreelancer(db, "Ayesha Khan");
  const client = await createTestUser(db, "Bilal Ahmed");
  const stranger = await createTestUser(db, "Sana Malik");
  const { gigId } = await createTestGig(db, freelancer.userId);
  return { freelancerId: freelancer.userId, clientId: client.userId, strangerId: stranger.userId, gigId };
}

export interface ReviewOrderOptions {
  status?: OrderStatus;
  /** When the review window closes; ten days after `completedAt` unless given. */
  closesAt?: Date;
  completedAt?: Date;
  tier?: PackageTier;
  /** Another client of the same freelancer and gig. */
  clientId?: string;
}

/** An order of the world's gig, COMPLETED (with its review window) unless another status is asked for. */
export async function createReviewOrder(db: Db, world: ReviewWorld, options: ReviewOrderOptions = {}) {
  const status = options.status ?? "COMPLETED";
  const order = await createTestOrder(db, {
    clientId: options.clientId ?? world.clientId,
    freelancerId: world.freelancerId,
    gigId: world.gigId,
    status,
  });
  const completedAt = options.completedAt ?? new Date();
  await db.order.update({
    where: { id: order.id },
    data: {
      packageTier: options.tier ?? "STANDARD",
      ...(status === "COMPLETED" ? { completedAt, reviewsCloseAt: options.closesAt ?? addDays(completedAt, 10) } : {}),
    },
  });
  return order;
}

export { refusalWithFields as refusal } from "@hunar/db/testing/refusal";

/** Everything a review could change, to show a refused one changed nothing. */
export async function reviewState(db: Db, world: ReviewWorld) {
  const [reviews, gig, profiles, events, notifications] = await Promise.all([
    db.review.findMany({ orderBy: { id: "asc" } }),
    db.gig.findUniqueOrThrow({ where: { id: world.gigId }, select: { ratingSum: true, ratingCount: true, ratingAverage: true } }),
    db.profile.findMany({
      where: { userId: { in: [world.freelancerId, world.clientId] } },
      select: { userId: true, ratingSum: true, ratingCount: true, clientRatingSum: true, clientRatingCount: true },
      orderBy: { userId: "asc" },
    }),
    db.orderEvent.count(),
    db.notification.count(),
  ]);
  return { reviews, gig, profiles, events, notifications };
}

/**
 * The aggregates recomputed from the review rows themselves: what the stored sums and counts
 * must equal at every moment (revealed, visible reviews only).
 */
export async function aggregatesFromRows(db: Db, world: ReviewWorld) {
  const counted = await db.review.findMany({
    where: { revealedAt: { not: null }, hiddenAt: null },
    select: { rating: true, gigId: true, subjectId: true, subjectRole: true },
  });
  const total = (rows: typeof counted) => ({ sum: rows.reduce((sum, row) => sum + row.rating, 0), count: rows.length });
  return {
    gig: total(counted.filter((row) => row.gigId === world.gigId && row.subjectRole === "FREELANCER")),
    freelancer: total(counted.filter((row) => row.subjectId === world.freelancerId && row.subjectRole === "FREELANCER")),
    client: total(counted.filter((row) => row.subjectId === world.clientId && row.subjectRole === "CLIENT")),
  };
}

/** The stored aggregates in the same shape as aggregatesFromRows. */
export async function storedAggregates(db: Db, world: ReviewWorld) {
  const gig = await db.gig.findUniqueOrThrow({ where: { id: world.gigId }, select: { ratingSum: true, ratingCount: true } });
  const profile = (userId: string) =>
    db.profile.findUnique({
      where: { userId },
      select: { ratingSum: true, ratingCount: true, clientRatingSum: true, clientRatingCount: true },
    });
  const [freelancer, client] = [await profile(world.freelancerId), await profile(world.clientId)];
  return {
    gig: { sum: gig.ratingSum, count: gig.ratingCount },
    freelancer: { sum: freelancer?.ratingSum ?? 0, count: freelancer?.ratingCount ?? 0 },
    client: { sum: client?.clientRatingSum ?? 0, count: client?.clientRatingCount ?? 0 },
  };
}

export const clientReview = (orderId: string, rating = 5) => ({
  orderId,
  rating,
  communication: 5,
  quality: 4,
  onTime: 5,
  comment: "  بہت اچھا کام، وقت پر ڈیلیوری۔  ",
});

export const freelancerReview = (orderId: string, rating = 4) => ({ orderId, rating, comment: "Clear brief, quick answers." });
