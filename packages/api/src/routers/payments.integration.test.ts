import { createSession } from "@hunar/auth/session";
import { type AuthLimiter, createAuthLimiter } from "@hunar/auth/rate-limit";
import { testDbKinds } from "@hunar/db/testing";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { createGigWorld, type GigWorld, publishedGig } from "@hunar/gigs/testing/gig-fixtures";
import { ensureFeeSchedule } from "@hunar/payments/testing/payment-fixtures";
import { beforeAll, describe, expect, it } from "vitest";
import { describeError } from "../errors.ts";
import { rejection, TestBrowser } from "../testing/test-browser.ts";

let seq = 0;
const reference = () => `TID${Date.now().toString(36).toUpperCase()}${++seq}`;

describe.each(testDbKinds())("payments through tRPC on %s", (kind) => {
  const t = useTestDb(kind);
  let limiter: AuthLimiter;
  let world: GigWorld;
  let gigId: string;
  let client: TestBrowser;
  let stranger: TestBrowser;
  let seller: TestBrowser;
  let admin: TestBrowser;

  const as = async (userId: string) => {
    const browser = new TestBrowser(t.db, limiter);
    browser.token = (await createSession(t.db, userId)).token;
    return browser;
  };
  const signedUp = async (name: string) => {
    const browser = new TestBrowser(t.db, limiter);
    const email = `payments-${++seq}@example.pk`;
    await browser.call((api) => api.auth.signUp({ name, email, password: "chai-at-Lahore-4pm", intent: "HIRE", locale: "en" }));
    await browser.verifyEmailFromMail(email);
    return browser;
  };
  const status = async (call: Promise<unknown>) => describeError(await rejection(call), "en");

  beforeAll(async () => {
    limiter = createAuthLimiter({
      redis: null,
      limits: { signUpAttemptsPerIp: { points: 1000, durationSeconds: 3600, blockSeconds: 60 } },
    });
    world = await createGigWorld(t.db);
    await ensureFeeSchedule(t.db);
    gigId = (await publishedGig(t.db, world)).id;
    client = await signedUp("Sana Tariq");
    stranger = await signedUp("Hamza Ali");
    seller = await as(world.freelancer.userId);
    admin = await as(world.admin.userId);
  });

  it("quotes, places and pays by manual transfer; the admin confirms it and the order is funded", async () => {
    const quote = await client.call((api) => api.orders.quote({ gigId, tier: "BASIC" }));
    expect(quote.fees).toMatchObject({ subtotalPaisa: 500_000, clientFeePaisa: 10_000, totalPaisa: 510_000 });
    const order = await client.call((api) => api.orders.place({ gigId, tier: "BASIC", requirements: "A logo for my dhaba" }));
    expect(order.totalPaisa).toBe(quote.fees.totalPaisa);
    const paid = await client.call((api) =>
      api.orders.pay({ orderId: order.id, method: "manual", rail: "JAZZCASH", reference: reference() }),
    );
    expect(paid).toMatchObject({ funded: false, funding: { status: "PENDING", amountPaisa: 510_000n } });
    // My orders: the client sees the transfer waiting for confirmation; the freelancer sees the
    // order but never the client's reference.
    const mine = await client.call((api) => api.orders.mine({ side: "client" }));
    expect(mine.orders.find((row) => row.id === order.id)?.fundingRequests).toEqual([
      { providerReference: paid.funding?.providerReference },
    ]);
    const sold = (await seller.call((api) => api.orders.mine({ side: "freelancer", filter: "active" }))).orders.find(
      (row) => row.id === order.id,
    );
    expect(sold).toMatchObject({ id: order.id, status: "PENDING_PAYMENT" });
    expect(sold).not.toHaveProperty("fundingRequests");

    const queue = await admin.call((api) => api.adminPayments.fundingQueue());
    const request = queue.find((item) => item.orderId === order.id);
    expect(request).toBeDefined();
    await admin.call((api) => api.adminPayments.confirmFunding({ fundingRequestId: request!.id, reason: "On the JazzCash statement" }));
    expect((await client.call((api) => api.orders.checkout({ orderId: order.id }))).status).toBe("IN_PROGRESS");
    expect(await t.db.auditLog.findFirst({ where: { targetId: request!.id }, select: { action: true, actorId: true } })).toEqual({
      action: "funding.confirm",
      actorId: world.admin.userId,
    });
  });

  it("keeps a client's order and transfers to that client (404 for anyone else) and to signed-in people (401)", async () => {
    const order = await client.call((api) => api.orders.place({ gigId, tier: "STANDARD" }));
    for (const call of [
      () => stranger.call((api) => api.orders.checkout({ orderId: order.id })),
      () => stranger.call((api) => api.orders.pay({ orderId: order.id, method: "sandbox" })),
      () => stranger.call((api) => api.orders.cancelUnpaid({ orderId: order.id })),
      () => seller.call((api) => api.orders.pay({ orderId: order.id, method: "sandbox" })),
    ]) {
      expect(await status(call())).toMatchObject({ status: 404 });
    }
    const transfer = await client.call((api) =>
      api.payments.submitFunding({ amountPaisa: 100_000n, rail: "IBAN", reference: reference() }),
    );
    expect(await status(stranger.call((api) => api.payments.cancelFunding({ fundingRequestId: transfer.request.id })))).toMatchObject({
      status: 404,
    });
    expect((await stranger.call((api) => api.payments.myFunding())).map((r) => r.id)).not.toContain(transfer.request.id);

    const visitor = new TestBrowser(t.db, limiter);
    for (const call of [
      () => visitor.call((api) => api.payments.balances()),
      () => visitor.call((api) => api.orders.place({ gigId, tier: "BASIC" })),
    ]) {
      expect(await status(call())).toMatchObject({ status: 401 });
    }
    // Sellers cannot buy their own gig.
    expect(await status(seller.call((api) => api.orders.place({ gigId, tier: "BASIC" })))).toMatchObject({ status: 403 });
    expect((await t.db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("PENDING_PAYMENT");
  });

  it("answers bad amounts and references with field errors and writes nothing", async () => {
    const before = await t.db.fundingRequest.count();
    for (const amountPaisa of [0n, -100n]) {
      const error = await status(client.call((api) => api.payments.submitFunding({ amountPaisa, rail: "RAAST", reference: reference() })));
      expect(error).toMatchObject({ status: 400, fieldErrors: { amountPaisa: expect.any(String) as unknown } });
    }
    const badReference = await status(
      client.call((api) => api.payments.submitFunding({ amountPaisa: 100n, rail: "RAAST", reference: "<script>" })),
    );
    expect(badReference).toMatchObject({ status: 400, fieldErrors: { reference: expect.any(String) as unknown } });
    const ref = reference();
    await client.call((api) => api.payments.submitFunding({ amountPaisa: 50_000n, rail: "EASYPAISA", reference: ref }));
    const reused = await status(
      stranger.call((api) => api.payments.submitFunding({ amountPaisa: 50_000n, rail: "EASYPAISA", reference: ref })),
    );
    expect(reused).toMatchObject({ status: 409, fieldErrors: { reference: expect.any(String) as unknown } });
    expect(await t.db.fundingRequest.count()).toBe(before + 1);
    const noOrigin = await rejection(client.call((api) => api.payments.sandboxFunding({ amountPaisa: 100n }), { origin: null }));
    expect(describeError(noOrigin, "en").status).toBe(403);
  });

  it("keeps the funding queue, fee versions and revenue to admins", async () => {
    const transfer = await client.call((api) =>
      api.payments.submitFunding({ amountPaisa: 20_000n, rail: "RAAST", reference: reference() }),
    );
    const fees = {
      freelancerFeeBps: 450,
      clientFeeBps: 200,
      minimumFeePaisa: 0,
      clearanceDays: 7,
      payoutMinimumPaisa: 100_000,
      reason: "Eid campaign rates",
    };
    for (const browser of [client, seller]) {
      for (const call of [
        () => browser.call((api) => api.adminPayments.fundingQueue()),
        () =>
          browser.call((api) => api.adminPayments.confirmFunding({ fundingRequestId: transfer.request.id, reason: "I paid, trust me" })),
        () => browser.call((api) => api.adminPayments.rejectFunding({ fundingRequestId: transfer.request.id, reason: "Not today" })),
        () => browser.call((api) => api.adminPayments.feeSchedules()),
        () => browser.call((api) => api.adminPayments.createFeeSchedule(fees)),
        () => browser.call((api) => api.adminPayments.revenue({ year: 2026 })),
      ]) {
        expect(await status(call())).toMatchObject({ status: 403 });
      }
    }
    expect((await t.db.fundingRequest.findUniqueOrThrow({ where: { id: transfer.request.id } })).status).toBe("PENDING");
    const noReason = await status(
      admin.call((api) => api.adminPayments.rejectFunding({ fundingRequestId: transfer.request.id, reason: " " })),
    );
    expect(noReason).toMatchObject({ status: 400, fieldErrors: { reason: expect.any(String) as unknown } });
    await admin.call((api) =>
      api.adminPayments.rejectFunding({ fundingRequestId: transfer.request.id, reason: "No such transfer on the statement" }),
    );
    expect((await client.call((api) => api.payments.myFunding())).find((r) => r.id === transfer.request.id)).toMatchObject({
      status: "REJECTED",
    });

    const created = await admin.call((api) => api.adminPayments.createFeeSchedule(fees));
    expect(created.version).toBe((await admin.call((api) => api.adminPayments.feeSchedules()))[0]?.version);
    expect((await admin.call((api) => api.adminPayments.revenue({ year: 2026 }))).months).toHaveLength(12);
    expect(await status(admin.call((api) => api.adminPayments.revenue({ year: 1 })))).toMatchObject({ status: 400 });
  });
});
