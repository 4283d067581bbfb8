import { randomUUID } from "node:crypto";
import type { ConversationSubjects } from "@hunar/chat/conversation-subjects";
import { relaxedLimiter } from "@hunar/chat/testing/chat-fixtures";
import { testDbKinds } from "@hunar/db/testing";
import { createTestCategory, createTestUser, ensureTestFeeSchedule } from "@hunar/db/testing/factories";
import { refusal, refusalWithFields } from "@hunar/db/testing/refusal";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { gigParties } from "@hunar/gigs/gig-parties";
import { createGig, createSeller } from "@hunar/gigs/search/testing/search-fixtures";
import { describe, expect, it } from "vitest";
import { offerParties } from "../offer-parties.ts";
import { proposalParties } from "../proposal-parties.ts";
import { acceptOffer } from "./answer-offer.ts";
import { requestOffer } from "./request-offer.ts";
import { sendOffer } from "./send-offer.ts";

// The pages compose these above every domain; orders are not needed for a request.
const subjects: ConversationSubjects = {
  gigId: gigParties,
  proposalId: proposalParties,
  offerId: offerParties,
  orderId: () => Promise.resolve(null),
};

describe.each(testDbKinds())("asking for a custom offer on %s", (kind) => {
  const t = useTestDb(kind);
  const deps = () => ({ limiter: relaxedLimiter(), subjects });
  const details = "A menu card for our dhaba, two sides, Urdu and English, print-ready.";

  const world = async () => {
    await ensureTestFeeSchedule(t.db);
    const categoryId = await createTestCategory(t.db);
    const client = await createTestUser(t.db, "Sana Malik", { locale: "en" });
    const freelancerId = await createSeller(t.db, { name: "Bilal Ahmed", city: null, languages: [] });
    const gigId = await createGig(t.db, { freelancerId, categoryId, titleEn: "Menu card design", titleUr: "مینو کارڈ کا ڈیزائن" });
    return { client, freelancerId, gigId, categoryId };
  };

  it("posts the client's words and a note in the conversation about the gig, tells the freelancer, and a retry writes nothing twice", async () => {
    const w = await world();
    const raw = { gigId: w.gigId, clientMessageId: randomUUID(), details, budgetRupees: "12,000", days: "7" };
    const first = await requestOffer(t.db, w.client, raw, deps());
    const again = await requestOffer(t.db, w.client, raw, deps());
    expect(again.conversationId).toBe(first.conversationId);
    const messages = await t.db.message.findMany({
      where: { conversationId: first.conversationId },
      orderBy: { seq: "asc" },
      select: { kind: true, body: true, gigId: true, senderId: true, data: true },
    });
    expect(messages).toEqual([
      { kind: "TEXT", body: details, gigId: w.gigId, senderId: w.client.userId, data: null },
      {
        kind: "SYSTEM",
        body: "chat:system.offerRequested",
        gigId: w.gigId,
        senderId: w.client.userId,
        data: { budgetPaisa: 1_200_000, days: 7 },
      },
    ]);
    expect(await t.db.notification.findMany({ where: { userId: w.freelancerId }, select: { kind: true, data: true, link: true } })).toEqual(
      [
        {
          kind: "offer.requested",
          data: { conversationId: first.conversationId, gigId: w.gigId, title: "مینو کارڈ کا ڈیزائن", clientName: "Sana Malik" },
          link: `/inbox/${first.conversationId}`,
        },
      ],
    );

    // (The freelancer reads Urdu, so the gig's Urdu title.) The freelancer answers with an offer on that gig; its order counts for the gig.
    const { offerId } = await sendOffer(
      t.db,
      { userId: w.freelancerId },
      {
        conversationId: first.conversationId,
        gigId: w.gigId,
        title: "Menu card, two sides",
        description: "Both sides of the menu card, in Urdu and English, print-ready files.",
        priceRupees: "12000",
        deliveryDays: "7",
        revisions: "2",
      },
    );
    expect(await t.db.offer.findUniqueOrThrow({ where: { id: offerId }, select: { gigId: true } })).toEqual({ gigId: w.gigId });
    const { orderId } = await acceptOffer(t.db, w.client, offerId);
    expect(await t.db.order.findUniqueOrThrow({ where: { id: orderId }, select: { gigId: true, source: true } })).toEqual({
      gigId: w.gigId,
      source: "OFFER",
    });
  });

  it("refuses the seller's own gig, an unknown gig, bad details and budgets, and an offer naming someone else's gig; nothing is written", async () => {
    const w = await world();
    const ownRequest = requestOffer(t.db, { userId: w.freelancerId }, { gigId: w.gigId, clientMessageId: randomUUID(), details }, deps());
    expect(await refusal(ownRequest)).toEqual({ code: "BAD_INPUT", messageKey: "proposals:errors.requestOwnGig" });
    expect(await refusal(requestOffer(t.db, w.client, { gigId: "nope", clientMessageId: randomUUID(), details }, deps()))).toEqual({
      code: "NOT_FOUND",
      messageKey: "gigs:errors.gigUnavailable",
    });
    const bad = await refusalWithFields(
      requestOffer(
        t.db,
        w.client,
        { gigId: w.gigId, clientMessageId: randomUUID(), details: "logo", budgetRupees: "5", days: "0" },
        deps(),
      ),
    );
    expect(Object.keys(bad.fields ?? {}).sort()).toEqual(["budgetRupees", "days", "details"]);
    expect(await t.db.message.count({ where: { senderId: { in: [w.client.userId, w.freelancerId] } } })).toBe(0);
    expect(await t.db.notification.count({ where: { userId: w.freelancerId } })).toBe(0);

    const other = await createSeller(t.db, { name: "Kamran Butt", city: null, languages: [] });
    const conversation = await requestOffer(t.db, w.client, { gigId: w.gigId, clientMessageId: randomUUID(), details }, deps());
    const refused = await refusalWithFields(
      sendOffer(
        t.db,
        { userId: w.freelancerId },
        {
          conversationId: conversation.conversationId,
          gigId: await createGig(t.db, { freelancerId: other, categoryId: w.categoryId, titleEn: "Someone else's gig" }),
          title: "Menu card, two sides",
          description: "Both sides of the menu card, in Urdu and English, print-ready files.",
          priceRupees: "12000",
          deliveryDays: "7",
        },
      ),
    );
    expect(refused).toMatchObject({ code: "NOT_FOUND", fields: { gigId: { key: "proposals:errors.offerGigUnavailable" } } });
    expect(await t.db.offer.count({ where: { freelancerId: w.freelancerId } })).toBe(0);
  });
});
