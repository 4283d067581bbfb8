import { type AuthLimiter, createAuthLimiter } from "@hunar/auth/rate-limit";
import type { Db } from "@hunar/db/client";
import { seedFeeSchedule } from "@hunar/db/seed";
import { createTestDb, type TestDb, testDbKinds } from "@hunar/db/testing";
import { getUserBalances } from "@hunar/payments/ledger/balances";
import { postTransaction } from "@hunar/payments/ledger/post-transaction";
import { withMoneyTransaction } from "@hunar/payments/ledger/with-money-transaction";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeError } from "../errors.ts";
import { rejection, TestBrowser } from "../testing/test-browser.ts";

const PASSWORD = "chai-at-Lahore-4pm";
let seq = 0;

describe.each(testDbKinds())("earnings and payouts through tRPC on %s", (kind) => {
  let testDb: TestDb;
  let db: Db;
  let limiter: AuthLimiter;
  let freelancer: { browser: TestBrowser; userId: string };
  let stranger: { browser: TestBrowser; userId: string };
  let admin: { browser: TestBrowser; userId: string };

  async function signedUp(name: string) {
    const browser = new TestBrowser(db, limiter);
    const email = `earnings-${++seq}@example.pk`;
    const { user } = await browser.call((api) => api.auth.signUp({ name, email, password: PASSWORD, intent: "BOTH", locale: "en" }));
    return { browser, userId: user.id };
  }

  /** Cleared earnings, as the clearance sweep leaves them: money the freelancer may withdraw. */
  async function giveEarnings(userId: string, amountPaisa: bigint) {
    await withMoneyTransaction(db, (tx) =>
      postTransaction(tx, {
        idempotencyKey: `test-earnings:${userId}:${++seq}`,
        kind: "ADJUSTMENT",
        lines: [
          { account: { type: "EXTERNAL_FUNDING" }, amountPaisa: -amountPaisa },
          { account: { type: "FREELANCER_AVAILABLE", userId }, amountPaisa },
        ],
      }),
    );
  }

  beforeAll(async () => {
    testDb = await createTestDb(kind);
    db = testDb.db;
    limiter = createAuthLimiter({
      redis: null,
      limits: { signUpAttemptsPerIp: { points: 1000, durationSeconds: 3600, blockSeconds: 60 } },
    });
    await seedFeeSchedule(db);
    freelancer = await signedUp("Ayesha Khan");
    stranger = await signedUp("Bilal Ahmed");
    admin = await signedUp("Hunar Admin");
    await db.user.update({ where: { id: admin.userId }, data: { isAdmin: true } });
    await giveEarnings(freelancer.userId, 500_000n);
  });
  afterAll(() => testDb.close());

  const addJazzCash = (browser: TestBrowser, number: string) =>
    browser.call((api) => api.earnings.addPayoutMethod({ rail: "JAZZCASH", accountTitle: "Ayesha Khan", accountNumber: number }));

  it("withdraw → queue → paid: the freelancer sees the reference, the money left the platform", async () => {
    const method = await addJazzCash(freelancer.browser, "0300-1234567");
    expect(method).toMatchObject({ rail: "JAZZCASH", accountNumber: "03001234567", isDefault: true });
    const request = { payoutMethodId: method.id, amountPaisa: 150_000n, requestKey: `key-${crypto.randomUUID()}` };
    const payout = await freelancer.browser.call((api) => api.earnings.requestPayout(request));
    // The same form posted again asks for nothing more.
    const replay = await freelancer.browser.call((api) => api.earnings.requestPayout(request));
    expect(replay).toMatchObject({ id: payout.id, replayed: true });
    expect(await freelancer.browser.call((api) => api.earnings.balances())).toMatchObject({ available: 350_000n, clearing: 150_000n });

    const queue = await admin.browser.call((api) => api.adminPayouts.queue());
    expect(queue.find((item) => item.id === payout.id)).toMatchObject({
      amountPaisa: 150_000n,
      accountNumber: "03001234567",
      freelancer: { id: freelancer.userId },
    });
    await admin.browser.call((api) => api.adminPayouts.pay({ payoutRequestId: payout.id, reference: "jc-778899" }));

    const mine = await freelancer.browser.call((api) => api.earnings.myPayouts());
    expect(mine.find((p) => p.id === payout.id)).toMatchObject({ status: "PAID", providerReference: "JC-778899" });
    // The transfer's reference is the reason the audit row gives for paying.
    expect(
      await db.auditLog.findFirst({ where: { targetId: payout.id }, select: { action: true, reason: true, data: true } }),
    ).toMatchObject({
      action: "payout.pay",
      reason: "JC-778899",
      data: { before: { status: "REQUESTED" }, after: { status: "PAID", providerReference: "JC-778899", amountPaisa: "150000" } },
    });
    expect(await getUserBalances(db, freelancer.userId)).toMatchObject({ available: 350_000n, clearing: 0n });

    // Statements follow Pakistan's calendar (UTC+5).
    const now = new Date(Date.now() + 5 * 3_600_000);
    const statement = await freelancer.browser.call((api) => api.earnings.statement({ year: now.getUTCFullYear() }));
    expect(statement.totals.paidOutPaisa).toBe(150_000n);
    // Money out is negative on the statement, with the transfer's reference beside it.
    expect(statement.lines.find((line) => line.kind === "PAYOUT_PAID")).toMatchObject({
      amountPaisa: -150_000n,
      payoutReference: "JC-778899",
    });
    const activity = await freelancer.browser.call((api) => api.earnings.activity({ account: "available", limit: 5 }));
    expect(activity.items[0]).toMatchObject({ kind: "PAYOUT_REQUESTED", amountPaisa: -150_000n });
    expect(await freelancer.browser.call((api) => api.earnings.monthlyEarnings())).toHaveLength(12);
    // Each freelancer's statement is their own; a bad period is a field error, not a crash.
    expect((await stranger.browser.call((api) => api.earnings.statement({ year: now.getUTCFullYear() }))).totals.paidOutPaisa).toBe(0n);
    const badPeriod = await rejection(freelancer.browser.call((api) => api.earnings.statement({ year: 2025, month: 13 })));
    expect(describeError(badPeriod, "en")).toMatchObject({ status: 400 });
    expect(describeError(badPeriod, "en").fieldErrors).toHaveProperty("month");
  });

  it("keeps each freelancer to their own payout methods and payouts (404, nothing changes)", async () => {
    const method = await addJazzCash(freelancer.browser, "0301-7654321");
    const payout = await freelancer.browser.call((api) =>
      api.earnings.requestPayout({ payoutMethodId: method.id, amountPaisa: 100_000n, requestKey: `key-${crypto.randomUUID()}` }),
    );
    await giveEarnings(stranger.userId, 300_000n);
    const before = await getUserBalances(db, stranger.userId);
    // One after the other: each call starts only when the previous answer has been checked.
    for (const call of [
      () =>
        stranger.browser.call((api) =>
          api.earnings.requestPayout({ payoutMethodId: method.id, amountPaisa: 100_000n, requestKey: `key-${crypto.randomUUID()}` }),
        ),
      () => stranger.browser.call((api) => api.earnings.removePayoutMethod({ payoutMethodId: method.id })),
      () => stranger.browser.call((api) => api.earnings.setDefaultPayoutMethod({ payoutMethodId: method.id })),
      () => stranger.browser.call((api) => api.earnings.cancelPayout({ payoutRequestId: payout.id })),
    ]) {
      expect(describeError(await rejection(call()), "en")).toMatchObject({ status: 404, appCode: "NOT_FOUND" });
    }
    expect(await getUserBalances(db, stranger.userId)).toEqual(before);
    expect((await stranger.browser.call((api) => api.earnings.payoutMethods())).map((m) => m.id)).not.toContain(method.id);
    expect((await stranger.browser.call((api) => api.earnings.myPayouts())).map((p) => p.id)).not.toContain(payout.id);
    expect((await db.payoutRequest.findUniqueOrThrow({ where: { id: payout.id } })).status).toBe("REQUESTED");
    expect((await db.payoutMethod.findUniqueOrThrow({ where: { id: method.id } })).deletedAt).toBeNull();

    await freelancer.browser.call((api) => api.earnings.cancelPayout({ payoutRequestId: payout.id }));
    expect((await db.payoutRequest.findUniqueOrThrow({ where: { id: payout.id } })).status).toBe("CANCELLED");
  });

  it("keeps the payout queue and decisions to admins, and everything to signed-in users", async () => {
    const [method] = await freelancer.browser.call((api) => api.earnings.payoutMethods());
    const payout = await freelancer.browser.call((api) =>
      api.earnings.requestPayout({ payoutMethodId: method!.id, amountPaisa: 100_000n, requestKey: `key-${crypto.randomUUID()}` }),
    );
    for (const call of [
      () => freelancer.browser.call((api) => api.adminPayouts.queue()),
      () => freelancer.browser.call((api) => api.adminPayouts.pay({ payoutRequestId: payout.id, reference: "SELF-PAID-1" })),
      () => stranger.browser.call((api) => api.adminPayouts.reject({ payoutRequestId: payout.id, reason: "Not mine to decide" })),
    ]) {
      expect(describeError(await rejection(call()), "en")).toMatchObject({ status: 403 });
    }
    const visitor = new TestBrowser(db, limiter);
    for (const call of [() => visitor.call((api) => api.earnings.balances()), () => visitor.call((api) => api.adminPayouts.queue())]) {
      expect(describeError(await rejection(call()), "en").status).toBe(401);
    }
    expect((await db.payoutRequest.findUniqueOrThrow({ where: { id: payout.id } })).status).toBe("REQUESTED");

    const noReason = await rejection(admin.browser.call((api) => api.adminPayouts.reject({ payoutRequestId: payout.id, reason: "" })));
    expect(describeError(noReason, "en")).toMatchObject({ status: 400 });
    expect(describeError(noReason, "en").fieldErrors).toHaveProperty("reason");
    await admin.browser.call((api) => api.adminPayouts.reject({ payoutRequestId: payout.id, reason: "Account title does not match" }));
    const twice = await rejection(
      admin.browser.call((api) => api.adminPayouts.pay({ payoutRequestId: payout.id, reference: "FT-2026-0001" })),
    );
    expect(describeError(twice, "en")).toMatchObject({ status: 409, appCode: "INVALID_STATE" });
    expect(await db.auditLog.findFirst({ where: { targetId: payout.id }, select: { action: true, actorId: true } })).toEqual({
      action: "payout.reject",
      actorId: admin.userId,
    });
  });

  it("answers bad payout input with field errors and moves nothing", async () => {
    const [method] = await freelancer.browser.call((api) => api.earnings.payoutMethods());
    const before = await getUserBalances(db, freelancer.userId);
    const badIban = await rejection(
      freelancer.browser.call((api) =>
        api.earnings.addPayoutMethod({ rail: "IBAN", accountTitle: "Ayesha Khan", accountNumber: "PK36SCBL0000001123456703" }),
      ),
    );
    expect(describeError(badIban, "en")).toMatchObject({ status: 400 });
    expect(describeError(badIban, "en").fieldErrors).toHaveProperty("accountNumber");
    const shortWallet = await rejection(addJazzCash(freelancer.browser, "0300-12345"));
    expect(describeError(shortWallet, "ur").fieldErrors).toHaveProperty("accountNumber");
    for (const amountPaisa of [0n, -100_000n, 10_000n, 100_000_000n]) {
      const error = await rejection(
        freelancer.browser.call((api) =>
          api.earnings.requestPayout({ payoutMethodId: method!.id, amountPaisa, requestKey: `key-${crypto.randomUUID()}` }),
        ),
      );
      expect(describeError(error, "en").status).toBeGreaterThanOrEqual(400);
      expect(describeError(error, "en").status).toBeLessThan(500);
    }
    expect(await getUserBalances(db, freelancer.userId)).toEqual(before);
  });
});
