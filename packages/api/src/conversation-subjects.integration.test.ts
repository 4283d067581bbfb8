import { startConversation } from "@hunar/chat/start-conversation";
import { testDbKinds } from "@hunar/db/testing";
import { createTestCategory, createTestGig, createTestOrder, createTestUser } from "@hunar/db/testing/factories";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { describe, expect, it } from "vitest";
import { conversationSubjects } from "./conversation-subjects.ts";

describe.each(testDbKinds())("what a conversation can be about, answered by each owner, on %s", (kind) => {
  const t = useTestDb(kind);

  it("links a gig one of the two sells, an order, proposal or offer between the two, and nothing else", async () => {
    const [client, freelancer, stranger] = [await createTestUser(t.db), await createTestUser(t.db), await createTestUser(t.db)];
    const ownGig = (await createTestGig(t.db, freelancer.userId)).gigId;
    const strangersGig = (await createTestGig(t.db, stranger.userId)).gigId;
    const order = (await createTestOrder(t.db, { clientId: client.userId, freelancerId: freelancer.userId })).id;
    const strangersOrder = (await createTestOrder(t.db, { clientId: stranger.userId, freelancerId: stranger.userId })).id;
    const job = await t.db.job.create({
      data: {
        clientId: client.userId,
        categoryId: await createTestCategory(t.db),
        titleEn: "Logo for a dhaba",
        descriptionEn: "Green and white",
      },
      select: { id: true },
    });
    const proposal = await t.db.proposal.create({
      data: { jobId: job.id, freelancerId: freelancer.userId, coverLetter: "I can do it", bidPaisa: 500_000, deliveryDays: 3 },
      select: { id: true },
    });
    const offerData = {
      senderId: freelancer.userId,
      freelancerId: freelancer.userId,
      title: "A logo",
      description: "Two concepts",
      pricePaisa: 400_000,
      deliveryDays: 4,
    };
    const offer = await t.db.offer.create({ data: { ...offerData, clientId: client.userId }, select: { id: true } });
    const offerToSomeoneElse = await t.db.offer.create({ data: { ...offerData, clientId: stranger.userId }, select: { id: true } });
    // The client's order with someone else: one of the two is party to it, but it is not between them.
    const ordersElsewhere = (await createTestOrder(t.db, { clientId: client.userId, freelancerId: stranger.userId })).id;
    const start = (about: Record<string, string>) =>
      startConversation(t.db, client, { otherUserId: freelancer.userId, about }, conversationSubjects).then(
        () => "linked",
        (error: { messageKey?: string }) => error.messageKey,
      );
    expect(await start({ gigId: ownGig })).toBe("linked");
    expect(await start({ orderId: order })).toBe("linked");
    expect(await start({ proposalId: proposal.id })).toBe("linked");
    expect(await start({ offerId: offer.id })).toBe("linked");
    const refused: Record<string, string>[] = [
      { gigId: strangersGig },
      { orderId: strangersOrder },
      { proposalId: "missing" },
      { offerId: "missing" },
      { offerId: offerToSomeoneElse.id },
      { orderId: ordersElsewhere },
    ];
    for (const about of refused) {
      expect(await start(about)).toBe("chat:errors.aboutNotFound");
    }
  });
});
