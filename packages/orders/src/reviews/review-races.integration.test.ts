import { createTestDb, type TestDb, testDbKinds } from "@hunar/db/testing";
import { createTestUser } from "@hunar/db/testing/factories";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
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

// PGlite has one connection, so transactions there never overlap: the races need PostgreSQL.
const onPostgres = testDbKinds().includes("postgres");

// Skipped (not absent) without PostgreSQL, so the file still declares a suite; CI always has it.
describe.skipIf(!onPostgres)("concurrent reviews on postgres", () => {
  let testDb: TestDb;
  let world: ReviewWorld;
  const db = () => testDb.db;

  beforeAll(async () => {
    testDb = await createTestDb("postgres");
    world = await createReviewWorld(db());
  });
  afterAll(() => testDb.close());

  it("both parties submitting at the same moment end revealed, each rating counted once", async () => {
    for (let round = 0; round < 6; round += 1) {
      const order = await createReviewOrder(db(), world);
      const submissions = [
        () => submitReview(db(), { userId: world.clientId }, clientReview(order.id, (round % 5) + 1)),
        () => submitReview(db(), { userId: world.freelancerId }, freelancerReview(order.id, 5 - (round % 5))),
      ];
      // Alternate who starts first, so both orders of arrival are exercised.
      const results = await Promise.all((round % 2 === 0 ? submissions : [...submissions].reverse()).map((submit) => submit()));
      expect(results.filter((result) => result.revealed)).toHaveLength(1);
      const reviews = await db().review.findMany({ where: { orderId: order.id } });
      expect(reviews.map((review) => review.revealedAt !== null)).toEqual([true, true]);
      expect(await db().orderEvent.count({ where: { orderId: order.id, kind: "reviewsRevealed" } })).toBe(1);
    }
    expect(await storedAggregates(db(), world)).toEqual(await aggregatesFromRows(db(), world));
    expect((await storedAggregates(db(), world)).gig.count).toBe(6);
  });

  it("one author submitting twice at once keeps one review", async () => {
    const order = await createReviewOrder(db(), world);
    const results = await Promise.allSettled(
      [1, 2, 3].map((rating) => submitReview(db(), { userId: world.clientId }, clientReview(order.id, rating))),
    );
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    for (const result of results.filter((r) => r.status === "rejected")) {
      expect(result.reason).toMatchObject({ code: "CONFLICT", messageKey: "reviews:errors.alreadyReviewed" });
    }
    expect(await db().review.count({ where: { orderId: order.id } })).toBe(1);
  });

  it("two sweepers revealing at once count every review once", async () => {
    const closesAt = addDays(new Date(), 30);
    const created: string[] = [];
    for (let i = 0; i < 8; i += 1) {
      const client = await createTestUser(db(), "Race Client");
      const order = await createReviewOrder(db(), world, { clientId: client.userId, closesAt });
      await submitReview(db(), { userId: client.userId }, clientReview(order.id, (i % 5) + 1));
      if (i % 2 === 0) await submitReview(db(), { userId: world.freelancerId }, freelancerReview(order.id, 3), { now: new Date() });
      created.push(order.id);
    }
    const before = await storedAggregates(db(), world);
    // Earlier tests' hidden reviews close sooner, so they come due in this sweep too.
    const hidden = await db().review.findMany({
      where: { revealedAt: null, order: { reviewsCloseAt: { lte: closesAt } } },
      select: { orderId: true, subjectRole: true },
    });
    expect(hidden.filter((review) => created.includes(review.orderId))).toHaveLength(4);
    const sweeps = await Promise.all([revealDueReviews(db(), closesAt, { limit: 50 }), revealDueReviews(db(), closesAt, { limit: 50 })]);
    // Every order with a hidden review is revealed by exactly one of the sweepers.
    expect(sweeps.reduce((sum, sweep) => sum + sweep.orders, 0)).toBe(new Set(hidden.map((review) => review.orderId)).size);
    expect(sweeps.reduce((sum, sweep) => sum + sweep.reviews, 0)).toBe(hidden.length);
    expect(await db().review.count({ where: { orderId: { in: created }, revealedAt: null } })).toBe(0);
    expect(await storedAggregates(db(), world)).toEqual(await aggregatesFromRows(db(), world));
    const ofFreelancer = hidden.filter((review) => review.subjectRole === "FREELANCER").length;
    expect((await storedAggregates(db(), world)).gig.count).toBe(before.gig.count + ofFreelancer);
    expect(await db().orderEvent.count({ where: { orderId: { in: created }, kind: "reviewsRevealed" } })).toBe(8);
  });
});
