import { testDbKinds } from "@hunar/db/testing";
import { createTestUser } from "@hunar/db/testing/factories";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import {
  clientReview,
  createReviewOrder,
  createReviewWorld,
  freelancerReview,
  type ReviewWorld,
} from "@hunar/orders/reviews/review-fixtures";
import { submitReview } from "@hunar/orders/reviews/submit-review";
import { beforeEach, describe, expect, it } from "vitest";
import { get, settle, testContext } from "#app/test/action-context.ts";
import { loader as gigLoader } from "./gig.tsx";
import { loader as sellerLoader } from "./seller-profile.tsx";

type Context = ReturnType<typeof testContext>["context"];
type Loader = (args: { request: Request; context: Context; params: Record<string, string> }) => unknown;
interface ReviewsBody {
  reviews: { reviews: { id: string; packageTier: string | null }[]; nextCursor: string | null; paged: boolean };
}

describe.each(testDbKinds())("reviews on the gig and seller pages on %s", (kind) => {
  const t = useTestDb(kind);
  let world: ReviewWorld;
  let context: Context;
  let slug: string;
  let handle: string;
  const revealed: string[] = [];
  let hidden: string;

  beforeEach(async () => {
    world = await createReviewWorld(t.db);
    context = testContext(t.db).context;
    slug = (await t.db.gig.findUniqueOrThrow({ where: { id: world.gigId } })).slug;
    handle = (await t.db.user.findUniqueOrThrow({ where: { id: world.freelancerId } })).handle ?? "";
    revealed.length = 0;
    for (let i = 0; i < 12; i += 1) {
      const client = await createTestUser(t.db, "Zara Sheikh");
      const order = await createReviewOrder(t.db, world, { clientId: client.userId, tier: i % 2 === 0 ? "BASIC" : "PREMIUM" });
      const at = new Date(Date.now() - i * 60_000);
      revealed.push((await submitReview(t.db, { userId: client.userId }, clientReview(order.id, (i % 5) + 1), { now: at })).reviewId);
      await submitReview(t.db, { userId: world.freelancerId }, freelancerReview(order.id), { now: at });
    }
    const pending = await createReviewOrder(t.db, world);
    hidden = (await submitReview(t.db, { userId: world.clientId }, clientReview(pending.id))).reviewId;
  });

  async function pages(load: Loader, path: string, params: Record<string, string>) {
    const seen: string[] = [];
    let search = "";
    for (let page = 0; page < 5; page += 1) {
      const answer = await settle(() => load({ request: get(`${path}${search}`), context, params }));
      expect(answer.status).toBe(200);
      expect(JSON.stringify(answer.body)).not.toContain(hidden);
      const body = answer.body as ReviewsBody;
      expect(body.reviews.paged).toBe(page > 0);
      seen.push(...body.reviews.reviews.map((review) => review.id));
      if (!body.reviews.nextCursor) break;
      search = `?reviews=${encodeURIComponent(body.reviews.nextCursor)}`;
    }
    return seen;
  }

  it("pages through the gig's revealed reviews newest first, never sending a hidden one", async () => {
    expect(await pages(gigLoader as unknown as Loader, `/gigs/${slug}`, { idOrSlug: slug })).toEqual(revealed);
    const views = (await t.db.gig.findUniqueOrThrow({ where: { id: world.gigId } })).viewCount;
    // The first page counted a visit; the older pages of reviews did not.
    expect(views).toBe(1);
  });

  it("pages through the seller's reviews the same way", async () => {
    expect(await pages(sellerLoader as unknown as Loader, `/u/${handle}`, { handle })).toEqual(revealed);
  });

  it("answers a cursor it did not write with a 400, not a 500", async () => {
    const answer = await settle(() =>
      (gigLoader as unknown as Loader)({ request: get(`/gigs/${slug}?reviews=bogus`), context, params: { idOrSlug: slug } }),
    );
    expect(answer).toMatchObject({ status: 400, body: { messageKey: "reviews:errors.cursorInvalid" } });
  });
});
