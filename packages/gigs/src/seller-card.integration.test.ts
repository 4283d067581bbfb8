import { testDbKinds } from "@hunar/db/testing";
import type { Db } from "@hunar/db/types";
import { createTestConversation, createTestFreelancer, createTestUser } from "@hunar/db/testing/factories";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { describe, expect, it } from "vitest";
import { loadSellerCard, loadSellerCards } from "./seller-card.ts";

/** A conversation in which `asker` writes first and `seller` answers `minutes` later. */
async function answeredAfter(db: Db, seller: string, asker: string, minutes: number) {
  const conversationId = await createTestConversation(db, seller, asker);
  const asked = new Date("2026-11-01T10:00:00Z");
  const messages = [
    { senderId: asker, at: asked },
    { senderId: seller, at: new Date(asked.getTime() + minutes * 60_000) },
  ];
  for (const [index, message] of messages.entries()) {
    await db.message.create({
      data: {
        conversationId,
        seq: index + 1,
        senderId: message.senderId,
        clientMessageId: `${conversationId}-${index}`,
        body: "Salam",
        createdAt: message.at,
      },
    });
  }
}

describe.each(testDbKinds())("the seller card on %s", (kind) => {
  const t = useTestDb(kind);

  it("shows only the first name and no photo or headline when the seller asked for that", async () => {
    const seller = await createTestFreelancer(t.db, "Zainab Noor Malik", { profile: { city: "Multan" } });
    await t.db.profile.update({
      where: { userId: seller.userId },
      data: { headlineUr: "سوشل میڈیا پوسٹ ڈیزائنر", avatarKey: "a".repeat(32), showFirstNameOnly: true },
    });
    expect(await loadSellerCard(t.db, seller.userId)).toMatchObject({
      displayName: "Zainab",
      headlineUr: null,
      avatarKey: null,
      city: "Multan",
    });
    await t.db.profile.update({ where: { userId: seller.userId }, data: { showFirstNameOnly: false } });
    expect(await loadSellerCard(t.db, seller.userId)).toMatchObject({
      displayName: "Zainab Noor Malik",
      headlineUr: "سوشل میڈیا پوسٹ ڈیزائنر",
    });
  });

  it("loads many cards at once with each seller's own response time and completed orders, the same as one by one", async () => {
    const quick = await createTestFreelancer(t.db, "Ayesha Khan");
    const silent = await createTestFreelancer(t.db, "Bilal Ahmed");
    const client = await createTestUser(t.db, "Sana Malik");
    const other = await createTestUser(t.db, "Hamza Ali");
    await answeredAfter(t.db, quick.userId, client.userId, 30);
    await answeredAfter(t.db, quick.userId, other.userId, 90);
    const cards = await loadSellerCards(t.db, [quick.userId, silent.userId, "nobody", quick.userId]);
    expect([...cards.keys()].sort()).toEqual([quick.userId, silent.userId].sort());
    expect(cards.get(quick.userId)).toMatchObject({ displayName: "Ayesha Khan", responseTimeMinutes: 60, completedOrders: 0 });
    expect(cards.get(silent.userId)).toMatchObject({ responseTimeMinutes: null });
    expect(await loadSellerCard(t.db, quick.userId)).toEqual(cards.get(quick.userId));
    expect(await loadSellerCards(t.db, [])).toEqual(new Map());
  });

  it("keeps a gig page's counts for a minute but reads the name and privacy choice fresh", async () => {
    const seller = await createTestFreelancer(t.db, "Usman Tariq");
    const client = await createTestUser(t.db, "Nida Hussain");
    expect(await loadSellerCard(t.db, seller.userId)).toMatchObject({ responseTimeMinutes: null });
    await answeredAfter(t.db, seller.userId, client.userId, 45);
    await t.db.profile.update({ where: { userId: seller.userId }, data: { showFirstNameOnly: true } });
    expect(await loadSellerCard(t.db, seller.userId)).toMatchObject({ displayName: "Usman", responseTimeMinutes: null });
    // A page of many cards counts afresh.
    expect((await loadSellerCards(t.db, [seller.userId])).get(seller.userId)).toMatchObject({ responseTimeMinutes: 45 });
  });
});
