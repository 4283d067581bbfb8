import { createTestDb, type TestDb, testDbKinds } from "@hunar/db/testing";
import { createTestConversation, createTestUser, ensureTestFeeSchedule } from "@hunar/db/testing/factories";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { acceptOffer, withdrawOffer } from "./answer-offer.ts";
import { sendOffer } from "./send-offer.ts";

// PGlite has one connection, so transactions there never overlap: the races need PostgreSQL.
const onPostgres = testDbKinds().includes("postgres");

describe.skipIf(!onPostgres)("custom offers under racing answers on postgres", () => {
  let testDb: TestDb;
  beforeAll(async () => {
    testDb = await createTestDb("postgres");
    await ensureTestFeeSchedule(testDb.db);
  });
  afterAll(() => testDb.close());

  const pendingOffer = async () => {
    const db = testDb.db;
    const client = await createTestUser(db, "Sana Malik");
    const freelancer = await createTestUser(db, "Bilal Ahmed");
    const conversationId = await createTestConversation(db, client.userId, freelancer.userId);
    const { offerId } = await sendOffer(db, freelancer, {
      conversationId,
      title: "Menu card design",
      description: "A two-sided menu card for your restaurant, print-ready.",
      priceRupees: 8000,
      deliveryDays: 5,
    });
    return { client, freelancer, offerId };
  };

  it("two accepts of one offer: one order, the other refused", async () => {
    for (let round = 0; round < 5; round++) {
      const w = await pendingOffer();
      const results = await Promise.allSettled([acceptOffer(testDb.db, w.client, w.offerId), acceptOffer(testDb.db, w.client, w.offerId)]);
      expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
      expect(results.find((result) => result.status === "rejected")?.reason).toMatchObject({ code: "INVALID_STATE" });
      expect(await testDb.db.order.count({ where: { offerId: w.offerId } })).toBe(1);
    }
  });

  it("an accept against a withdraw: an order or a withdrawn offer, never both", async () => {
    for (let round = 0; round < 5; round++) {
      const w = await pendingOffer();
      const [accepted, withdrawn] = await Promise.allSettled([
        acceptOffer(testDb.db, w.client, w.offerId),
        withdrawOffer(testDb.db, w.freelancer, w.offerId),
      ]);
      expect([accepted?.status, withdrawn?.status].sort()).toEqual(["fulfilled", "rejected"]);
      const { status } = await testDb.db.offer.findUniqueOrThrow({ where: { id: w.offerId }, select: { status: true } });
      const orders = await testDb.db.order.count({ where: { offerId: w.offerId } });
      expect({ status, orders }).toEqual(
        accepted?.status === "fulfilled" ? { status: "ACCEPTED", orders: 1 } : { status: "WITHDRAWN", orders: 0 },
      );
    }
  });
});
