import { testDbKinds } from "@hunar/db/testing";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { beforeEach, describe, expect, it } from "vitest";
import { replyToReview } from "./reply-to-review.ts";
import { clientReview, createReviewOrder, createReviewWorld, freelancerReview, refusal, type ReviewWorld } from "./review-fixtures.ts";
import { submitReview } from "./submit-review.ts";

describe.each(testDbKinds())("replying to a review on %s", (kind) => {
  const t = useTestDb(kind);
  let world: ReviewWorld;
  beforeEach(async () => {
    world = await createReviewWorld(t.db);
  });

  async function reviewedOrder() {
    const order = await createReviewOrder(t.db, world);
    const ofFreelancer = await submitReview(t.db, { userId: world.clientId }, clientReview(order.id));
    const ofClient = await submitReview(t.db, { userId: world.freelancerId }, freelancerReview(order.id));
    return { ofFreelancer: ofFreelancer.reviewId, ofClient: ofClient.reviewId };
  }
  const reply = (userId: string, reviewId: string, text = "  شکریہ! آپ کے ساتھ کام کر کے خوشی ہوئی۔ ") =>
    replyToReview(t.db, { userId }, { reviewId, reply: text });
  const stored = (id: string) => t.db.review.findUniqueOrThrow({ where: { id }, select: { reply: true, repliedAt: true } });

  it("lets the reviewed freelancer reply once, in public, trimmed", async () => {
    const { ofFreelancer } = await reviewedOrder();
    const now = new Date("2026-03-01T10:00:00Z");
    await replyToReview(t.db, { userId: world.freelancerId }, { reviewId: ofFreelancer, reply: " Thank you! " }, { now });
    expect(await stored(ofFreelancer)).toEqual({ reply: "Thank you!", repliedAt: now });

    const again = await refusal(reply(world.freelancerId, ofFreelancer, "Second thoughts"));
    expect(again).toMatchObject({ code: "CONFLICT", messageKey: "reviews:errors.alreadyReplied" });
    expect(await stored(ofFreelancer)).toEqual({ reply: "Thank you!", repliedAt: now });
  });

  it("refuses the client, an outsider, a hidden review, a review of a client and bad text, changing nothing", async () => {
    const { ofFreelancer, ofClient } = await reviewedOrder();
    const hiddenOrder = await createReviewOrder(t.db, world);
    const { reviewId: unrevealed } = await submitReview(t.db, { userId: world.clientId }, clientReview(hiddenOrder.id));

    expect(await refusal(reply(world.clientId, ofFreelancer))).toMatchObject({
      code: "FORBIDDEN",
      messageKey: "reviews:errors.replyNotYours",
    });
    expect(await refusal(reply(world.clientId, ofClient))).toMatchObject({ code: "FORBIDDEN", messageKey: "reviews:errors.replyNotYours" });
    expect(await refusal(reply(world.strangerId, ofFreelancer))).toMatchObject({
      code: "NOT_FOUND",
      messageKey: "reviews:errors.notFound",
    });
    expect(await refusal(reply(world.freelancerId, "no-such-review"))).toMatchObject({ code: "NOT_FOUND" });
    expect(await refusal(reply(world.freelancerId, unrevealed))).toMatchObject({
      code: "INVALID_STATE",
      messageKey: "reviews:errors.replyNotRevealed",
    });
    expect(await refusal(reply(world.freelancerId, ofFreelancer, "   "))).toMatchObject({
      code: "BAD_INPUT",
      fields: { reply: { key: "reviews:errors.replyRequired" } },
    });
    expect(await refusal(reply(world.freelancerId, ofFreelancer, "y".repeat(1001)))).toMatchObject({
      fields: { reply: { key: "reviews:errors.replyTooLong", params: { max: 1000 } } },
    });
    for (const id of [ofFreelancer, ofClient, unrevealed]) expect(await stored(id)).toEqual({ reply: null, repliedAt: null });
  });
});
