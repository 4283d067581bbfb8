import { testDbKinds } from "@hunar/db/testing";
import { createTestUser } from "@hunar/db/testing/factories";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { beforeEach, describe, expect, it } from "vitest";
import { listGigReviews, listUserReviews } from "./list-reviews.ts";
import { clientReview, createReviewOrder, createReviewWorld, freelancerReview, refusal, type ReviewWorld } from "./review-fixtures.ts";
import { submitReview } from "./submit-review.ts";

describe.each(testDbKinds())("listing reviews on %s", (kind) => {
  const t = useTestDb(kind);
  let world: ReviewWorld;
  beforeEach(async () => {
    world = await createReviewWorld(t.db);
  });

  /** A revealed pair of reviews for a new order of another client, revealed at `at`. */
  async function revealedPair(at: Date, rating: number) {
    const client = await createTestUser(t.db, "Zara Sheikh");
    const order = await createReviewOrder(t.db, world, { clientId: client.userId, tier: rating % 2 === 0 ? "BASIC" : "PREMIUM" });
    const ofFreelancer = await submitReview(t.db, { userId: client.userId }, clientReview(order.id, rating), { now: at });
    await submitReview(t.db, { userId: world.freelancerId }, freelancerReview(order.id, 5), { now: at });
    return ofFreelancer.reviewId;
  }

  async function allPages(read: (cursor: string | null) => ReturnType<typeof listGigReviews>) {
    const seen: string[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < 20; page += 1) {
      const result = await read(cursor);
      seen.push(...result.reviews.map((review) => review.id));
      cursor = result.nextCursor;
      if (!cursor) break;
    }
    return seen;
  }

  it("pages through a gig's revealed reviews newest first with no gaps or repeats, ties broken by id", async () => {
    const base = Date.now();
    // Three reviews share one reveal time, so the id must order them across a page boundary.
    const times = [base - 5000, base - 3000, base - 3000, base - 3000, base - 1000, base];
    const ids: string[] = [];
    for (const [index, time] of times.entries()) ids.push(await revealedPair(new Date(time), (index % 5) + 1));
    // A hidden review (one side only) and one moderation hid are not listed.
    const pending = await createReviewOrder(t.db, world);
    await submitReview(t.db, { userId: world.clientId }, clientReview(pending.id));
    const hidden = await revealedPair(new Date(base - 2000), 1);
    await t.db.review.update({ where: { id: hidden }, data: { hiddenAt: new Date() } });

    const expected = ids
      .map((id, index) => ({ id, time: times[index] ?? 0 }))
      .sort((a, b) => b.time - a.time || (a.id < b.id ? 1 : -1))
      .map((row) => row.id);
    for (const limit of [1, 2, 4, 6, 50]) {
      expect(await allPages((cursor) => listGigReviews(t.db, world.gigId, { cursor, limit }))).toEqual(expected);
    }

    const first = await listGigReviews(t.db, world.gigId, { limit: 2 });
    expect(first.reviews[0]).toMatchObject({
      id: expected[0],
      author: { displayName: "Zara Sheikh" },
      packageTier: "PREMIUM",
      communication: 5,
      quality: 4,
      onTime: 5,
      comment: "بہت اچھا کام، وقت پر ڈیلیوری۔",
      reply: null,
    });
    expect(first.reviews[0]).not.toHaveProperty("authorId");
    const last = await listGigReviews(t.db, world.gigId, { limit: 50 });
    expect(last.nextCursor).toBeNull();
  });

  it("lists what a person received as a freelancer and as a client separately", async () => {
    const ofFreelancer = await revealedPair(new Date(), 4);
    const asFreelancer = await listUserReviews(t.db, world.freelancerId, "freelancer", { limit: 10 });
    expect(asFreelancer.reviews.map((review) => review.id)).toEqual([ofFreelancer]);
    expect(await listUserReviews(t.db, world.freelancerId, "client", { limit: 10 })).toEqual({ reviews: [], nextCursor: null });

    const order = await createReviewOrder(t.db, world);
    await submitReview(t.db, { userId: world.clientId }, clientReview(order.id));
    const { reviewId } = await submitReview(t.db, { userId: world.freelancerId }, freelancerReview(order.id, 2));
    const asClient = await listUserReviews(t.db, world.clientId, "client", { limit: 10 });
    expect(asClient.reviews).toMatchObject([
      { id: reviewId, rating: 2, packageTier: null, communication: null, author: { displayName: "Ayesha Khan" } },
    ]);
  });

  it("refuses a cursor it did not make with a localised error", async () => {
    for (const cursor of ["not-a-cursor", Buffer.from("12.x;drop").toString("base64url"), "x".repeat(500)]) {
      expect(await refusal(listGigReviews(t.db, world.gigId, { cursor, limit: 5 }))).toMatchObject({
        code: "BAD_INPUT",
        messageKey: "reviews:errors.cursorInvalid",
      });
    }
  });
});
