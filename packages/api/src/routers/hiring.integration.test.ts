import { type AuthLimiter, createAuthLimiter } from "@hunar/auth/rate-limit";
import type { Db } from "@hunar/db/client";
import { createTestDb, type TestDb, testDbKinds } from "@hunar/db/testing";
import { createTestCategory, createTestConversation, ensureTestFeeSchedule } from "@hunar/db/testing/factories";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rejection, TestBrowser } from "../testing/test-browser.ts";

const PASSWORD = "chai-at-Lahore-4pm";
let seq = 0;

describe.each(testDbKinds())("proposals and offers through tRPC on %s", (kind) => {
  let testDb: TestDb;
  let db: Db;
  let limiter: AuthLimiter;

  async function signedUp(name: string) {
    const browser = new TestBrowser(db, limiter, { acceptLanguage: "en" });
    const email = `hiring-${++seq}@example.pk`;
    const { user } = await browser.call((api) => api.auth.signUp({ name, email, password: PASSWORD, intent: "BOTH", locale: "en" }));
    await db.user.update({ where: { id: user.id }, data: { emailVerifiedAt: new Date() } });
    return { browser, user };
  }

  beforeAll(async () => {
    testDb = await createTestDb(kind);
    db = testDb.db;
    await ensureTestFeeSchedule(db);
    limiter = createAuthLimiter({
      redis: null,
      limits: { signUpAttemptsPerIp: { points: 1000, durationSeconds: 3600, blockSeconds: 60 } },
    });
  });
  afterAll(() => testDb.close());

  it("a freelancer proposes, the client sees it with the freelancer's card and accepts it into a contract", async () => {
    const { browser: client, user: clientUser } = await signedUp("Sana Malik");
    const { browser: freelancer, user: freelancerUser } = await signedUp("Bilal Ahmed");
    const categoryId = await createTestCategory(db);
    const job = await db.job.create({
      data: {
        clientId: clientUser.id,
        categoryId,
        titleEn: "Logo for a shop",
        descriptionEn: "A simple logo",
        budgetMinPaisa: 500_000,
        budgetMaxPaisa: 900_000,
      },
    });
    const { id: proposalId } = await freelancer.call((api) =>
      api.proposals.submit({
        jobId: job.id,
        coverLetter: "I have designed logos for twenty shops in Lahore and can start today.",
        priceRupees: "6,000",
        deliveryDays: 6,
        milestones: [
          { title: "Drafts", amountRupees: 2000, dueDays: 2 },
          { title: "Final files", amountRupees: 4000, dueDays: 6 },
        ],
      }),
    );
    expect(await rejection(freelancer.call((api) => api.proposals.forJob({ jobId: job.id })))).toMatchObject({ code: "NOT_FOUND" });
    const list = await client.call((api) => api.proposals.forJob({ jobId: job.id }));
    expect(list.proposals).toMatchObject([
      { id: proposalId, bidPaisa: 600_000, freelancer: { id: freelancerUser.id, displayName: "Bilal Ahmed" } },
    ]);
    expect(await rejection(freelancer.call((api) => api.proposals.accept({ proposalId })))).toMatchObject({ code: "NOT_FOUND" });
    const { orderId } = await client.call((api) => api.proposals.accept({ proposalId }));
    expect(await db.milestone.count({ where: { orderId } })).toBe(2);
    expect(await freelancer.call((api) => api.proposals.mine())).toMatchObject([{ id: proposalId, status: "ACCEPTED" }]);
  });

  it("a freelancer sends a custom offer in a conversation; only the client accepts it", async () => {
    const { browser: client, user: clientUser } = await signedUp("Hina Iqbal");
    const { browser: freelancer, user: freelancerUser } = await signedUp("Usman Tariq");
    const conversationId = await createTestConversation(db, clientUser.id, freelancerUser.id);
    const { offerId } = await freelancer.call((api) =>
      api.offers.send({
        conversationId,
        title: "Menu card design",
        description: "A two-sided menu card for your restaurant, print-ready.",
        priceRupees: 8000,
        deliveryDays: 5,
        revisions: 2,
      }),
    );
    expect(await rejection(freelancer.call((api) => api.offers.accept({ offerId })))).toMatchObject({ code: "NOT_FOUND" });
    expect(await client.call((api) => api.offers.get({ offerId }))).toMatchObject({ status: "PENDING", may: { accept: true } });
    const { orderId } = await client.call((api) => api.offers.accept({ offerId }));
    expect(await db.order.findUniqueOrThrow({ where: { id: orderId }, select: { source: true, status: true } })).toEqual({
      source: "OFFER",
      status: "PENDING_PAYMENT",
    });
    expect(await rejection(new TestBrowser(db, limiter).call((api) => api.offers.get({ offerId })))).toMatchObject({
      code: "UNAUTHORIZED",
    });
  });
});
