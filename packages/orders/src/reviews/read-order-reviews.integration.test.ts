import { testDbKinds } from "@hunar/db/testing";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { beforeEach, describe, expect, it } from "vitest";
import { addDays } from "../order-link.ts";
import { readOrderReviews } from "./read-order-reviews.ts";
import { replyToReview } from "./reply-to-review.ts";
import { revealDueReviews } from "./reveal-due-reviews.ts";
import { clientReview, createReviewOrder, createReviewWorld, freelancerReview, refusal, type ReviewWorld } from "./review-fixtures.ts";
import { submitReview } from "./submit-review.ts";

describe.each(testDbKinds())("the order page's reviews on %s", (kind) => {
  const t = useTestDb(kind);
  let world: ReviewWorld;
  beforeEach(async () => {
    world = await createReviewWorld(t.db);
  });

  it("shows each party their own review and the other's only once revealed", async () => {
    const order = await createReviewOrder(t.db, world);
    expect(await readOrderReviews(t.db, order.id, world.clientId)).toMatchObject({
      role: "client",
      mayWrite: "review",
      mine: null,
      theirs: null,
      theirsWaiting: false,
    });
    const { reviewId } = await submitReview(t.db, { userId: world.clientId }, clientReview(order.id, 4));
    expect(await readOrderReviews(t.db, order.id, world.clientId)).toMatchObject({
      mayWrite: null,
      mine: { id: reviewId, rating: 4, revealedAt: null },
      theirs: null,
    });
    // The freelancer learns a review is waiting, not what it says.
    const waiting = await readOrderReviews(t.db, order.id, world.freelancerId);
    expect(waiting).toMatchObject({ role: "freelancer", mayWrite: "review", mine: null, theirs: null, theirsWaiting: true });
    expect(JSON.stringify(waiting)).not.toContain(reviewId);

    await submitReview(t.db, { userId: world.freelancerId }, freelancerReview(order.id));
    const revealed = await readOrderReviews(t.db, order.id, world.freelancerId);
    expect(revealed).toMatchObject({ mayWrite: "reply", theirs: { id: reviewId, rating: 4, quality: 4 }, theirsWaiting: false });
    await replyToReview(t.db, { userId: world.freelancerId }, { reviewId, reply: "Thank you" });
    expect(await readOrderReviews(t.db, order.id, world.freelancerId)).toMatchObject({ mayWrite: null, theirs: { reply: "Thank you" } });
    expect(await readOrderReviews(t.db, order.id, world.clientId)).toMatchObject({ mayWrite: null, mine: { reply: "Thank you" } });
  });

  it("closes writing when the window closes and shows the lone review once the sweep reveals it", async () => {
    const closesAt = addDays(new Date(), 1);
    const order = await createReviewOrder(t.db, world, { closesAt });
    const { reviewId } = await submitReview(t.db, { userId: world.clientId }, clientReview(order.id));
    expect(await readOrderReviews(t.db, order.id, world.freelancerId, closesAt)).toMatchObject({ mayWrite: null, theirs: null });
    await revealDueReviews(t.db, closesAt);
    expect(await readOrderReviews(t.db, order.id, world.freelancerId, closesAt)).toMatchObject({
      mayWrite: "reply",
      theirs: { id: reviewId },
      closesAt,
    });
  });

  it("has nothing to write on an order that is not completed, and is not found by anyone else", async () => {
    const running = await createReviewOrder(t.db, world, { status: "IN_PROGRESS" });
    expect(await readOrderReviews(t.db, running.id, world.clientId)).toMatchObject({ mayWrite: null, closesAt: null });
    expect(await refusal(readOrderReviews(t.db, running.id, world.strangerId))).toMatchObject({
      code: "NOT_FOUND",
      messageKey: "orders:errors.notFound",
    });
  });
});
