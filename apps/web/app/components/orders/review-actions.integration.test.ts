import type { SessionUser } from "@hunar/auth/session-user";
import { testDbKinds } from "@hunar/db/testing";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { clientReview, createReviewOrder, createReviewWorld, type ReviewWorld } from "@hunar/orders/reviews/review-fixtures";
import { submitReview } from "@hunar/orders/reviews/submit-review";
import { beforeEach, describe, expect, it } from "vitest";
import { formPost, settle, testContext } from "#app/test/action-context.ts";
import { REVIEW_ACTIONS } from "./review-actions.server.ts";

const person = (id: string): SessionUser => ({
  id,
  email: `${id}@example.pk`,
  displayName: "Test",
  intent: "BOTH",
  isAdmin: false,
  preferredLocale: "ur",
  emailVerifiedAt: new Date(),
});

describe.each(testDbKinds())("the order page's review actions on %s", (kind) => {
  const t = useTestDb(kind);
  let world: ReviewWorld;
  beforeEach(async () => {
    world = await createReviewWorld(t.db);
  });

  const post = (intent: keyof typeof REVIEW_ACTIONS, orderId: string, userId: string, fields: Record<string, string>) =>
    settle(() =>
      REVIEW_ACTIONS[intent]({
        request: formPost(`/orders/${orderId}?intent=${intent}`, fields),
        context: testContext(t.db).context,
        orderId,
        user: person(userId),
      }),
    );

  it("saves the client's review from the form and goes back to the order page", async () => {
    const order = await createReviewOrder(t.db, world);
    const fields = { rating: "5", communication: "4", quality: "5", onTime: "3", comment: "  Great logo  " };
    const sent = await post("review", order.id, world.clientId, fields);
    expect(sent).toMatchObject({ status: 302, location: `/orders/${order.id}?done=review` });
    expect(await t.db.review.findFirstOrThrow({ where: { orderId: order.id } })).toMatchObject({
      rating: 5,
      communication: 4,
      quality: 5,
      onTime: 3,
      comment: "Great logo",
      revealedAt: null,
    });
  });

  it("answers bad or repeated reviews with the field's localised error, keeping what was typed", async () => {
    const order = await createReviewOrder(t.db, world);
    const missing = await post("review", order.id, world.clientId, { rating: "", comment: "Kept", communication: "9" });
    expect(missing.status).toBe(400);
    expect(missing.body).toMatchObject({
      intent: "review",
      values: { comment: "Kept", rating: "" },
      errors: { form: { key: "account:formErrorSummary" }, fields: { rating: { key: "reviews:errors.ratingRequired" } } },
    });
    expect(await t.db.review.count({ where: { orderId: order.id } })).toBe(0);

    await post("review", order.id, world.freelancerId, { rating: "4" });
    const twice = await post("review", order.id, world.freelancerId, { rating: "2" });
    expect(twice).toMatchObject({ status: 409, body: { errors: { form: { key: "reviews:errors.alreadyReviewed" } } } });
    const outsider = await post("review", order.id, world.strangerId, { rating: "1" });
    expect(outsider).toMatchObject({ status: 404, body: { errors: { form: { key: "orders:errors.notFound" } } } });
    expect(await t.db.review.count({ where: { orderId: order.id } })).toBe(1);
  });

  it("publishes the freelancer's reply once", async () => {
    const order = await createReviewOrder(t.db, world);
    const { reviewId } = await submitReview(t.db, { userId: world.clientId }, clientReview(order.id));
    await post("review", order.id, world.freelancerId, { rating: "5" });
    const replied = await post("replyToReview", order.id, world.freelancerId, { reviewId, reply: "Thank you!" });
    expect(replied).toMatchObject({ status: 302, location: `/orders/${order.id}?done=replyToReview` });
    const again = await post("replyToReview", order.id, world.freelancerId, { reviewId, reply: "Again" });
    expect(again).toMatchObject({
      status: 409,
      body: { intent: "replyToReview", errors: { form: { key: "reviews:errors.alreadyReplied" } } },
    });
    const byClient = await post("replyToReview", order.id, world.clientId, { reviewId, reply: "Me too" });
    expect(byClient.status).toBe(403);
    expect((await t.db.review.findUniqueOrThrow({ where: { id: reviewId } })).reply).toBe("Thank you!");
  });
});
