import type { Db } from "@hunar/db/types";
import { testDbKinds } from "@hunar/db/testing";
import { createTestConversation, createTestUser, ensureTestFeeSchedule } from "@hunar/db/testing/factories";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { describe, expect, it } from "vitest";
import { acceptOffer, declineOffer, withdrawOffer } from "./answer-offer.ts";
import { getOffer, offerStates } from "./get-offer.ts";
import { PENDING_OFFERS_MAX, sendOffer } from "./send-offer.ts";
import { refusal } from "@hunar/db/testing/refusal";

async function offerWorld(db: Db) {
  await ensureTestFeeSchedule(db);
  const client = await createTestUser(db, "Sana Malik");
  const freelancer = await createTestUser(db, "Bilal Ahmed");
  const stranger = await createTestUser(db, "Kamran Ali");
  const conversationId = await createTestConversation(db, client.userId, freelancer.userId);
  const terms = (extra: Record<string, unknown> = {}) => ({
    conversationId,
    title: "Menu card design",
    description: "A two-sided menu card for your restaurant, print-ready, in Urdu and English.",
    priceRupees: "8,000",
    deliveryDays: 5,
    revisions: "2",
    ...extra,
  });
  return { client, freelancer, stranger, conversationId, terms };
}

describe.each(testDbKinds())("custom offers on %s", (kind) => {
  const t = useTestDb(kind);
  const cards = (conversationId: string) =>
    t.db.message.findMany({ where: { conversationId, kind: "SYSTEM" }, orderBy: { seq: "asc" }, select: { body: true, offerId: true } });

  it("a freelancer sends an offer that shows as a card; the client accepts it into an order awaiting payment", async () => {
    const w = await offerWorld(t.db);
    const now = new Date();
    const { offerId } = await sendOffer(t.db, w.freelancer, w.terms(), now);
    expect(await getOffer(t.db, w.client, offerId, now)).toMatchObject({
      title: "Menu card design",
      pricePaisa: 800_000,
      deliveryDays: 5,
      revisions: 2,
      milestones: null,
      status: "PENDING",
      expiresAt: new Date(now.getTime() + 7 * 24 * 60 * 60 * 1000),
      may: { accept: true, decline: true, withdraw: false },
    });
    expect((await getOffer(t.db, w.freelancer, offerId, now)).may).toEqual({ accept: false, decline: false, withdraw: true });
    // The card in the chat carries its terms (it can arrive live), and the page of messages reads each party's answers.
    const card = await t.db.message.findFirstOrThrow({ where: { offerId, body: "chat:system.offerSent" }, select: { data: true } });
    expect(card.data).toEqual({
      title: "Menu card design",
      pricePaisa: 800_000,
      deliveryDays: 5,
      milestones: 0,
      expiresAt: expect.any(String) as unknown,
    });
    expect(await offerStates(t.db, w.client, [offerId, "unknown"], now)).toEqual({
      [offerId]: { status: "PENDING", may: { accept: true, decline: true, withdraw: false } },
    });
    expect(await offerStates(t.db, { userId: "stranger" }, [offerId], now)).toEqual({});
    expect(await t.db.notification.findMany({ where: { userId: w.client.userId }, select: { kind: true, link: true } })).toEqual([
      { kind: "offer.received", link: `/inbox/${w.conversationId}` },
    ]);

    const { orderId } = await acceptOffer(t.db, w.client, offerId, now);
    const order = await t.db.order.findUniqueOrThrow({
      where: { id: orderId },
      select: {
        source: true,
        status: true,
        offerId: true,
        clientId: true,
        freelancerId: true,
        title: true,
        totalPaisa: true,
        revisionsAllowed: true,
      },
    });
    expect(order).toEqual({
      source: "OFFER",
      status: "PENDING_PAYMENT",
      offerId,
      clientId: w.client.userId,
      freelancerId: w.freelancer.userId,
      title: "Menu card design",
      totalPaisa: 816_000,
      revisionsAllowed: 2,
    });
    expect(await getOffer(t.db, w.client, offerId, now)).toMatchObject({
      status: "ACCEPTED",
      order: { id: orderId },
      may: { accept: false },
    });
    expect(await cards(w.conversationId)).toEqual([
      { body: "chat:system.offerSent", offerId },
      { body: "chat:system.offerAccepted", offerId },
    ]);
    expect(await t.db.notification.findMany({ where: { userId: w.freelancer.userId }, select: { kind: true, link: true } })).toEqual([
      { kind: "offer.accepted", link: `/orders/${orderId}` },
    ]);
  });

  it("an offer with milestones becomes a milestone contract; blank revisions mean unlimited", async () => {
    const w = await offerWorld(t.db);
    const milestones = [
      { title: "Sketches", amountRupees: "3,000", dueDays: 2 },
      { title: "Final files", amountRupees: "5,000", dueDays: 5 },
    ];
    const { offerId } = await sendOffer(t.db, w.freelancer, w.terms({ revisions: "", milestones }));
    const { orderId } = await acceptOffer(t.db, w.client, offerId);
    const order = await t.db.order.findUniqueOrThrow({
      where: { id: orderId },
      select: { revisionsAllowed: true, milestones: { orderBy: { position: "asc" }, select: { amountPaisa: true, durationDays: true } } },
    });
    expect(order).toEqual({
      revisionsAllowed: null,
      milestones: [
        { amountPaisa: 300_000, durationDays: 2 },
        { amountPaisa: 500_000, durationDays: 3 },
      ],
    });
  });

  it("declines and withdrawals answer a pending offer once, each by its own party", async () => {
    const w = await offerWorld(t.db);
    const declined = await sendOffer(t.db, w.freelancer, w.terms());
    expect(await refusal(declineOffer(t.db, w.freelancer, declined.offerId))).toEqual({
      code: "NOT_FOUND",
      messageKey: "proposals:errors.offerNotFound",
    });
    await declineOffer(t.db, w.client, declined.offerId);
    expect(await refusal(acceptOffer(t.db, w.client, declined.offerId))).toEqual({
      code: "INVALID_STATE",
      messageKey: "proposals:errors.offerNotPending",
    });
    const withdrawn = await sendOffer(t.db, w.freelancer, w.terms());
    expect(await refusal(withdrawOffer(t.db, w.client, withdrawn.offerId))).toEqual({
      code: "NOT_FOUND",
      messageKey: "proposals:errors.offerNotFound",
    });
    await withdrawOffer(t.db, w.freelancer, withdrawn.offerId);
    expect(await refusal(acceptOffer(t.db, w.client, withdrawn.offerId))).toEqual({
      code: "INVALID_STATE",
      messageKey: "proposals:errors.offerNotPending",
    });
    expect((await cards(w.conversationId)).map((card) => card.body)).toEqual([
      "chat:system.offerSent",
      "chat:system.offerDeclined",
      "chat:system.offerSent",
      "chat:system.offerWithdrawn",
    ]);
    expect(await t.db.order.count({ where: { offerId: { in: [declined.offerId, withdrawn.offerId] } } })).toBe(0);
  });

  it("refuses an expired offer, a stranger, someone else's conversation, bad terms and too many pending offers; nothing changes", async () => {
    const w = await offerWorld(t.db);
    const sentAt = new Date(Date.now() - 3 * 24 * 60 * 60 * 1000);
    const { offerId } = await sendOffer(t.db, w.freelancer, w.terms({ expiresInDays: 2 }), sentAt);
    expect(await refusal(acceptOffer(t.db, w.client, offerId))).toEqual({
      code: "INVALID_STATE",
      messageKey: "proposals:errors.offerExpired",
    });
    expect((await getOffer(t.db, w.client, offerId)).status).toBe("EXPIRED");
    expect(await refusal(acceptOffer(t.db, w.stranger, offerId))).toEqual({
      code: "NOT_FOUND",
      messageKey: "proposals:errors.offerNotFound",
    });
    expect(await refusal(getOffer(t.db, w.stranger, offerId))).toEqual({ code: "NOT_FOUND", messageKey: "proposals:errors.offerNotFound" });
    expect(await refusal(sendOffer(t.db, w.stranger, w.terms()))).toMatchObject({ code: "NOT_FOUND" });
    expect(await refusal(sendOffer(t.db, w.freelancer, w.terms({ priceRupees: "100" })))).toMatchObject({ code: "BAD_INPUT" });
    expect(await refusal(sendOffer(t.db, w.freelancer, w.terms({ revisions: "21" })))).toMatchObject({ code: "BAD_INPUT" });
    expect(
      await refusal(
        sendOffer(
          t.db,
          w.freelancer,
          w.terms({
            milestones: [
              { title: "Sketches", amountRupees: 3000, dueDays: 2 },
              { title: "Final files", amountRupees: 3000, dueDays: 5 },
            ],
          }),
        ),
      ),
    ).toMatchObject({ code: "BAD_INPUT" });
    for (let n = 0; n < PENDING_OFFERS_MAX; n++) await sendOffer(t.db, w.freelancer, w.terms());
    expect(await refusal(sendOffer(t.db, w.freelancer, w.terms()))).toEqual({
      code: "RATE_LIMITED",
      messageKey: "proposals:errors.offerPendingLimit",
    });
    expect(await t.db.offer.count({ where: { conversationId: w.conversationId } })).toBe(PENDING_OFFERS_MAX + 1);
    expect(await t.db.order.count({ where: { clientId: w.client.userId } })).toBe(0);
  });
});
