import { testDbKinds } from "@hunar/db/testing";
import { createTestUser } from "@hunar/db/testing/factories";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { beforeEach, describe, expect, it } from "vitest";
import { addDays } from "../order-link.ts";
import { revealDueReviews } from "./reveal-due-reviews.ts";
import {
  aggregatesFromRows,
  clientReview,
  createReviewOrder,
  createReviewWorld,
  freelancerReview,
  type ReviewWorld,
  storedAggregates,
} from "./review-fixtures.ts";
import { submitReview } from "./submit-review.ts";

describe.each(testDbKinds())("revealing reviews when the window closes on %s", (kind) => {
  const t = useTestDb(kind);
  let world: ReviewWorld;
  // Each test first reveals whatever earlier tests left due, and its orders close at a time of their own.
  let closesAt: Date;
  beforeEach(async () => {
    await revealDueReviews(t.db, addDays(new Date(), 3000));
    world = await createReviewWorld(t.db);
    closesAt = addDays(new Date(), 500 + Math.floor(Math.random() * 1000));
  });

  it("reveals a lone review once its window has closed, counts it once, and tells its subject", async () => {
    const order = await createReviewOrder(t.db, world, { closesAt });
    const { reviewId } = await submitReview(t.db, { userId: world.freelancerId }, freelancerReview(order.id, 4));

    expect(await revealDueReviews(t.db, new Date(closesAt.getTime() - 1))).toEqual({ orders: 0, reviews: 0 });
    expect((await t.db.review.findUniqueOrThrow({ where: { id: reviewId } })).revealedAt).toBeNull();

    expect(await revealDueReviews(t.db, closesAt)).toEqual({ orders: 1, reviews: 1 });
    expect((await t.db.review.findUniqueOrThrow({ where: { id: reviewId } })).revealedAt).toEqual(closesAt);
    // The client had no profile: the reveal made one holding their rating as a client.
    expect(await storedAggregates(t.db, world)).toEqual({
      gig: { sum: 0, count: 0 },
      freelancer: { sum: 0, count: 0 },
      client: { sum: 4, count: 1 },
    });
    expect(await storedAggregates(t.db, world)).toEqual(await aggregatesFromRows(t.db, world));

    // Idempotent: a second sweep (or a second process) finds nothing left to reveal.
    expect(await revealDueReviews(t.db, addDays(closesAt, 1))).toEqual({ orders: 0, reviews: 0 });
    expect(await storedAggregates(t.db, world)).toEqual(await aggregatesFromRows(t.db, world));

    const notes = await t.db.notification.findMany({
      where: { userId: world.clientId, kind: "review.received" },
      orderBy: { createdAt: "asc" },
    });
    expect(notes.map((n) => (n.data as { revealed: boolean }).revealed)).toEqual([false, true]);
    const events = await t.db.orderEvent.findMany({ where: { orderId: order.id, kind: "reviewsRevealed" } });
    expect(events).toMatchObject([{ actorId: null, createdAt: closesAt }]);
  });

  it("sweeps in batches up to the limit and leaves orders without hidden reviews alone", async () => {
    for (let i = 0; i < 3; i += 1) {
      const order = await createReviewOrder(t.db, world, { closesAt });
      await submitReview(t.db, { userId: world.clientId }, clientReview(order.id, 5 - i));
    }
    const revealedPair = await createReviewOrder(t.db, world, { closesAt });
    await submitReview(t.db, { userId: world.clientId }, clientReview(revealedPair.id, 1));
    await submitReview(t.db, { userId: world.freelancerId }, freelancerReview(revealedPair.id, 1));
    const before = await t.db.review.findMany({ where: { orderId: revealedPair.id }, select: { revealedAt: true } });

    expect(await revealDueReviews(t.db, closesAt, { limit: 2 })).toEqual({ orders: 2, reviews: 2 });
    expect(await storedAggregates(t.db, world)).toEqual(await aggregatesFromRows(t.db, world));
    expect(await revealDueReviews(t.db, closesAt, { limit: 2 })).toEqual({ orders: 1, reviews: 1 });
    expect(await storedAggregates(t.db, world)).toEqual(await aggregatesFromRows(t.db, world));
    expect(await storedAggregates(t.db, world)).toMatchObject({ gig: { sum: 5 + 4 + 3 + 1, count: 4 } });
    expect(await t.db.review.findMany({ where: { orderId: revealedPair.id }, select: { revealedAt: true } })).toEqual(before);
    const gig = await t.db.gig.findUniqueOrThrow({ where: { id: world.gigId }, select: { ratingAverage: true } });
    expect(gig.ratingAverage).toBe(13 / 4);
  });

  it("never counts a review moderation hid before it was revealed", async () => {
    const other = await createTestUser(t.db, "Hamza Qureshi");
    const order = await createReviewOrder(t.db, world, { closesAt, clientId: other.userId });
    const { reviewId } = await submitReview(t.db, { userId: other.userId }, clientReview(order.id, 1));
    await t.db.review.update({ where: { id: reviewId }, data: { hiddenAt: new Date() } });
    expect(await revealDueReviews(t.db, closesAt)).toEqual({ orders: 1, reviews: 1 });
    expect(await storedAggregates(t.db, world)).toMatchObject({ gig: { sum: 0, count: 0 }, freelancer: { sum: 0, count: 0 } });
    expect(await t.db.notification.count({ where: { userId: world.freelancerId, dedupeKey: `review:${reviewId}:revealed` } })).toBe(0);
  });
});
