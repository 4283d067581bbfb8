import { testDbKinds } from "@hunar/db/testing";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { beforeEach, describe, expect, it } from "vitest";
import { addDays } from "../order-link.ts";
import {
  aggregatesFromRows,
  clientReview,
  createReviewOrder,
  createReviewWorld,
  freelancerReview,
  refusal,
  type ReviewWorld,
  reviewState,
  storedAggregates,
} from "./review-fixtures.ts";
import { submitReview } from "./submit-review.ts";

describe.each(testDbKinds())("submitting reviews on %s", (kind) => {
  const t = useTestDb(kind);
  let world: ReviewWorld;
  beforeEach(async () => {
    world = await createReviewWorld(t.db);
  });

  it("keeps the first review hidden and out of the aggregates until the other side's is in, then reveals both at once", async () => {
    const order = await createReviewOrder(t.db, world, { tier: "PREMIUM" });
    const first = await submitReview(t.db, { userId: world.clientId }, clientReview(order.id, 5));
    expect(first.revealed).toBe(false);
    const hidden = await t.db.review.findUniqueOrThrow({ where: { id: first.reviewId } });
    expect(hidden).toMatchObject({
      revealedAt: null,
      subjectId: world.freelancerId,
      subjectRole: "FREELANCER",
      gigId: world.gigId,
      packageTier: "PREMIUM",
      communication: 5,
      quality: 4,
      onTime: 5,
      comment: "بہت اچھا کام، وقت پر ڈیلیوری۔",
    });
    expect(await storedAggregates(t.db, world)).toEqual({
      gig: { sum: 0, count: 0 },
      freelancer: { sum: 0, count: 0 },
      client: { sum: 0, count: 0 },
    });
    const told = await t.db.notification.findMany({ where: { userId: world.freelancerId, kind: "review.received" } });
    expect(told.map((n) => n.data)).toEqual([expect.objectContaining({ orderId: order.id, authorName: "Bilal Ahmed", revealed: false })]);

    const second = await submitReview(t.db, { userId: world.freelancerId }, freelancerReview(order.id, 3));
    expect(second.revealed).toBe(true);
    const both = await t.db.review.findMany({ where: { orderId: order.id } });
    expect(both).toHaveLength(2);
    expect(new Set(both.map((review) => review.revealedAt?.getTime())).size).toBe(1);
    expect(both.every((review) => review.revealedAt !== null)).toBe(true);
    const freelancers = both.find((review) => review.authorId === world.freelancerId);
    // A review of the client is not about the gig, its package or the work's details.
    expect(freelancers).toMatchObject({ subjectRole: "CLIENT", gigId: null, packageTier: null, communication: null, quality: null });

    expect(await storedAggregates(t.db, world)).toEqual(await aggregatesFromRows(t.db, world));
    expect(await storedAggregates(t.db, world)).toEqual({
      gig: { sum: 5, count: 1 },
      freelancer: { sum: 5, count: 1 },
      client: { sum: 3, count: 1 },
    });
    const gig = await t.db.gig.findUniqueOrThrow({ where: { id: world.gigId }, select: { ratingAverage: true, searchBoost: true } });
    expect(gig.ratingAverage).toBe(5);

    const events = await t.db.orderEvent.findMany({ where: { orderId: order.id }, orderBy: { createdAt: "asc" } });
    expect(events.map((event) => [event.kind, event.data])).toEqual([
      ["reviewed", { role: "client" }],
      ["reviewed", { role: "freelancer" }],
      ["reviewsRevealed", {}],
    ]);
    // The client learns theirs is readable; the freelancer, who just revealed the pair, is not told again.
    const toClient = await t.db.notification.findMany({ where: { userId: world.clientId, kind: "review.received" } });
    expect(toClient.map((n) => n.data)).toEqual([expect.objectContaining({ authorName: "Ayesha Khan", revealed: true })]);
    expect(await t.db.notification.count({ where: { userId: world.freelancerId, kind: "review.received" } })).toBe(1);
  });

  it("feeds the gig's average through the trigger over several revealed orders", async () => {
    const ratings = [5, 4, 2];
    for (const rating of ratings) {
      const order = await createReviewOrder(t.db, world);
      await submitReview(t.db, { userId: world.clientId }, clientReview(order.id, rating));
      await submitReview(t.db, { userId: world.freelancerId }, freelancerReview(order.id));
    }
    const gig = await t.db.gig.findUniqueOrThrow({ where: { id: world.gigId }, select: { ratingAverage: true, ratingCount: true } });
    expect(gig).toEqual({ ratingCount: 3, ratingAverage: 11 / 3 });
    expect(await storedAggregates(t.db, world)).toEqual(await aggregatesFromRows(t.db, world));
  });

  it("accepts a review up to the moment the window closes and not after", async () => {
    const closesAt = addDays(new Date(), 2);
    const order = await createReviewOrder(t.db, world, { closesAt });
    const late = await createReviewOrder(t.db, world, { closesAt });
    const justBefore = new Date(closesAt.getTime() - 1);
    await expect(submitReview(t.db, { userId: world.clientId }, clientReview(order.id), { now: justBefore })).resolves.toMatchObject({
      revealed: false,
    });
    const before = await reviewState(t.db, world);
    expect(await refusal(submitReview(t.db, { userId: world.clientId }, clientReview(late.id), { now: closesAt }))).toMatchObject({
      code: "INVALID_STATE",
      messageKey: "reviews:errors.windowClosed",
    });
    expect(await reviewState(t.db, world)).toEqual(before);
  });

  it("refuses bad reviews with a localised error and changes nothing", async () => {
    const order = await createReviewOrder(t.db, world);
    const cancelled = await createReviewOrder(t.db, world, { status: "CANCELLED" });
    const delivered = await createReviewOrder(t.db, world, { status: "DELIVERED" });
    await submitReview(t.db, { userId: world.clientId }, clientReview(order.id));
    const before = await reviewState(t.db, world);
    const asClient = (input: Parameters<typeof submitReview>[2]) => refusal(submitReview(t.db, { userId: world.clientId }, input));

    expect(await asClient(clientReview(order.id))).toMatchObject({ code: "CONFLICT", messageKey: "reviews:errors.alreadyReviewed" });
    expect(await asClient(clientReview(cancelled.id))).toMatchObject({ code: "INVALID_STATE", messageKey: "reviews:errors.notCompleted" });
    expect(await asClient(clientReview(delivered.id))).toMatchObject({ code: "INVALID_STATE", messageKey: "reviews:errors.notCompleted" });
    expect(await refusal(submitReview(t.db, { userId: world.strangerId }, freelancerReview(order.id)))).toMatchObject({
      code: "NOT_FOUND",
      messageKey: "orders:errors.notFound",
    });
    expect(await refusal(submitReview(t.db, { userId: world.clientId }, clientReview("no-such-order")))).toMatchObject({
      code: "NOT_FOUND",
    });

    const fresh = await createReviewOrder(t.db, world);
    const baseline = await reviewState(t.db, world);
    for (const [input, field] of [
      [{ ...clientReview(fresh.id), rating: 0 }, "rating"],
      [{ ...clientReview(fresh.id), rating: 6 }, "rating"],
      [{ ...clientReview(fresh.id), rating: 4.5 }, "rating"],
      [{ ...clientReview(fresh.id), quality: 9 }, "quality"],
      [{ orderId: fresh.id, rating: 5, comment: "no details" }, "communication"],
    ] as const) {
      expect(await asClient(input)).toMatchObject({
        code: "BAD_INPUT",
        fields: { [field]: { key: "reviews:errors.ratingRequired" } },
      });
    }
    expect(await asClient({ ...clientReview(fresh.id), comment: "x".repeat(2001) })).toMatchObject({
      fields: { comment: { key: "reviews:errors.commentTooLong", params: { max: 2000 } } },
    });
    expect(await asClient({ ...clientReview(fresh.id), comment: "bad\u0000text" })).toMatchObject({
      fields: { comment: { key: "reviews:errors.controlCharacters" } },
    });
    expect(await reviewState(t.db, world)).toEqual(baseline);
    expect(baseline.reviews).toEqual(before.reviews);
  });

  it("takes a text of exactly 2000 characters after trimming, and no text at all", async () => {
    const order = await createReviewOrder(t.db, world);
    const { reviewId } = await submitReview(
      t.db,
      { userId: world.clientId },
      { ...clientReview(order.id), comment: ` ${"ر".repeat(2000)} ` },
    );
    expect((await t.db.review.findUniqueOrThrow({ where: { id: reviewId } })).comment).toHaveLength(2000);
    const { reviewId: plain } = await submitReview(t.db, { userId: world.freelancerId }, { orderId: order.id, rating: 2, comment: "   " });
    expect((await t.db.review.findUniqueOrThrow({ where: { id: plain } })).comment).toBeNull();
  });
});
