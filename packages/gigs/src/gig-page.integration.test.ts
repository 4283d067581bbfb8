import { seedFeeSchedule } from "@hunar/db/seed";
import { createTestDb, type TestDb, testDbKinds } from "@hunar/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGig } from "./create-gig.ts";
import { getGig, getGigWithReviews } from "./get-gig.ts";
import { loadGigFormValues } from "./gig-form-values.ts";
import { listMyGigs } from "./list-my-gigs.ts";
import { pruneGigViews, recordGigView } from "./record-view.ts";
import { createGigWorld, type GigWorld, pendingImage, publishedGig } from "./testing/gig-fixtures.ts";
import { gigFormValues } from "./testing/gig-form.ts";
import { updateGig } from "./update-gig.ts";

describe.each(testDbKinds())("gig page, my gigs and views on %s", (kind) => {
  let testDb: TestDb;
  let world: GigWorld;
  let gigId: string;
  const db = () => testDb.db;

  async function order(status: "COMPLETED" | "IN_PROGRESS", feeScheduleId: string) {
    const pkg = await db().gigPackage.findFirstOrThrow({ where: { gigId, tier: "BASIC" } });
    return db().order.create({
      data: {
        source: "GIG",
        clientId: world.stranger.userId,
        freelancerId: world.freelancer.userId,
        gigId,
        gigPackageId: pkg.id,
        packageTier: "BASIC",
        title: "Logo",
        subtotalPaisa: pkg.pricePaisa,
        clientFeePaisa: 10_000,
        freelancerFeePaisa: 25_000,
        totalPaisa: pkg.pricePaisa + 10_000,
        feeScheduleId,
        freelancerFeeBps: 500,
        clientFeeBps: 200,
        minimumFeePaisa: 5_000,
        clearanceDays: 7,
        deliveryDays: pkg.deliveryDays,
        status,
      },
    });
  }

  async function conversation(askedAt: Date, replyAfterMinutes: number) {
    const client = await db().user.create({
      data: { email: `c${askedAt.getTime()}@example.pk`, passwordHash: "x", displayName: "Client" },
    });
    const convo = await db().conversation.create({
      data: { userAId: client.id, userBId: world.freelancer.userId, lastSeq: 2, lastMessageAt: askedAt },
    });
    await db().message.createMany({
      data: [
        { conversationId: convo.id, seq: 1, senderId: client.id, clientMessageId: `ask-${convo.id}`, body: "Salam", createdAt: askedAt },
        {
          conversationId: convo.id,
          seq: 2,
          senderId: world.freelancer.userId,
          clientMessageId: `reply-${convo.id}`,
          body: "Wa alaikum salam",
          createdAt: new Date(askedAt.getTime() + replyAfterMinutes * 60_000),
        },
      ],
    });
  }

  beforeAll(async () => {
    testDb = await createTestDb(kind);
    world = await createGigWorld(db());
    const images = [await pendingImage(db(), world.freelancer.userId), await pendingImage(db(), world.freelancer.userId)];
    gigId = (await publishedGig(db(), world, { imageIds: images })).id;
    const fees = await db().$transaction((tx) => seedFeeSchedule(tx));
    const done = await order("COMPLETED", fees.id);
    await order("IN_PROGRESS", fees.id);
    await db().review.create({
      data: {
        orderId: done.id,
        authorId: world.stranger.userId,
        subjectId: world.freelancer.userId,
        subjectRole: "FREELANCER",
        gigId,
        rating: 5,
        comment: "بہت اچھا کام",
        revealedAt: new Date(),
      },
    });
    await db().gig.update({ where: { id: gigId }, data: { ratingSum: 5, ratingCount: 1, ordersCompleted: 1 } });
    await db().profile.update({ where: { userId: world.freelancer.userId }, data: { ratingSum: 9, ratingCount: 2 } });
    await conversation(new Date("2026-03-01T10:00:00Z"), 30);
    await conversation(new Date("2026-03-02T10:00:00Z"), 90);
    await conversation(new Date("2026-03-03T10:00:00Z"), 60);
  });
  afterAll(() => testDb.close());

  it("shows images, reviews and the seller card", async () => {
    const page = await getGigWithReviews(db(), gigId, null);
    expect(page.images).toHaveLength(2);
    expect(page.rating).toBe(5);
    expect(page.reviews).toMatchObject([{ rating: 5, comment: "بہت اچھا کام", author: { displayName: "Bilal Ahmed" } }]);
    expect(page.seller).toMatchObject({
      displayName: "Ayesha Khan",
      city: "Lahore",
      languages: ["ur", "en"],
      rating: 4.5,
      ratingCount: 2,
      completedOrders: 1,
      responseTimeMinutes: 60,
    });
    expect(page.seller.memberSince).toBeInstanceOf(Date);
  });

  it("leaves hidden reviews out, and reviews not yet revealed (double-blind)", async () => {
    await db().review.updateMany({ where: { gigId }, data: { hiddenAt: new Date() } });
    expect((await getGigWithReviews(db(), gigId, null)).reviews).toEqual([]);
    await db().review.updateMany({ where: { gigId }, data: { hiddenAt: null } });
    const revealedAt = (await db().review.findFirstOrThrow({ where: { gigId } })).revealedAt;
    await db().review.updateMany({ where: { gigId }, data: { revealedAt: null } });
    expect((await getGigWithReviews(db(), gigId, null)).reviews).toEqual([]);
    await db().review.updateMany({ where: { gigId }, data: { revealedAt } });
  });

  it("counts views of published gigs by others once a day each, not by the owner, and not of drafts", async () => {
    const draft = await createGig(db(), world.freelancer, gigFormValues(world.logoCategoryId));
    const today = new Date("2026-12-02T08:00:00Z");
    const visitor = { userId: null, address: "203.0.113.7" };
    const stranger = { userId: world.stranger.userId, address: "203.0.113.8" };
    for (let reload = 0; reload < 3; reload++) {
      await recordGigView(db(), gigId, visitor, today);
      await recordGigView(db(), gigId, stranger, today);
    }
    // The stranger on another address is still the stranger; someone else behind the visitor's address is not.
    await recordGigView(db(), gigId, { ...stranger, address: "198.51.100.1" }, today);
    await recordGigView(db(), gigId, { userId: world.freelancer.userId, address: "203.0.113.9" }, today);
    await recordGigView(db(), draft.id, stranger, today);
    await recordGigView(db(), "no-such-gig", visitor, today);
    const count = async (id: string) => (await db().gig.findUniqueOrThrow({ where: { id } })).viewCount;
    expect(await count(gigId)).toBe(2);
    expect(await count(draft.id)).toBe(0);
    // A new day counts again; the hashed address of yesterday is no key for today.
    const tomorrow = new Date("2026-12-03T01:00:00Z");
    await recordGigView(db(), gigId, visitor, tomorrow);
    await recordGigView(db(), gigId, stranger, tomorrow);
    expect(await count(gigId)).toBe(4);
    expect((await db().gigView.findMany({ where: { gigId, viewerKey: { startsWith: "addr:" } } })).map((v) => v.viewerKey)).not.toContain(
      "203.0.113.7",
    );
    // Pruning forgets the days before yesterday only.
    expect(await pruneGigViews(db(), new Date("2026-12-04T12:00:00Z"))).toBe(2);
    expect(await db().gigView.count({ where: { gigId } })).toBe(2);
  });

  it("lists my gigs with status, views and orders", async () => {
    const mine = await listMyGigs(db(), world.freelancer.userId);
    const live = mine.find((g) => g.id === gigId);
    expect(live).toMatchObject({ status: "PUBLISHED", viewCount: 4, ordersCompleted: 1, activeOrders: 1, pendingRevision: false });
    expect(live?.image).not.toBeNull();
    expect(mine.every((g) => g.status === "PUBLISHED" || g.status === "DRAFT")).toBe(true);
    expect(await listMyGigs(db(), world.stranger.userId)).toEqual([]);
  });

  it("prefills the edit form with the pending edit, else the gig, in rupees", async () => {
    const current = await loadGigFormValues(db(), world.freelancer, gigId);
    expect(current.pendingRevisionId).toBeNull();
    expect(current.values.packages[0]).toMatchObject({ tier: "BASIC", priceRupees: 5000 });
    expect(current.images.map((i) => i.id)).toEqual(current.values.imageIds);

    const extraImage = await pendingImage(db(), world.freelancer.userId);
    const edit = {
      ...current.values,
      titleEn: "I will design a logo with a matching favicon",
      imageIds: [extraImage, ...current.values.imageIds],
    };
    const saved = await updateGig(db(), world.freelancer, gigId, edit);
    const prefill = await loadGigFormValues(db(), world.freelancer, gigId);
    expect(prefill.pendingRevisionId).toBe(saved.pendingRevisionId);
    expect(prefill.values.titleEn).toBe("I will design a logo with a matching favicon");
    expect(prefill.images.map((i) => i.id)).toEqual([extraImage, ...current.values.imageIds]);
    // The new upload waits on the revision; the public page still shows the two approved images.
    expect((await getGig(db(), gigId, null)).images).toHaveLength(2);
    expect((await listMyGigs(db(), world.freelancer.userId)).find((g) => g.id === gigId)?.pendingRevision).toBe(true);
  });
});
