import { testDbKinds } from "@hunar/db/testing";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { beforeAll, describe, expect, it } from "vitest";
import { parsePaymentsEnv } from "@hunar/payments/env";
import { refundEscrow } from "@hunar/payments/escrow/refund-escrow";
import { calculateFees } from "@hunar/payments/fees/calculate-fees";
import { confirmFunding, rejectFunding } from "@hunar/payments/funding/confirm-funding";
import { submitManualFunding } from "@hunar/payments/funding/manual-provider";
import { createSandboxProvider, fundWithSandbox } from "@hunar/payments/funding/sandbox-provider";
import { findBalanceMismatches, getAccountBalance, getUserBalances } from "@hunar/payments/ledger/balances";
import { withMoneyTransaction } from "@hunar/payments/ledger/with-money-transaction";
import { creditWallet } from "@hunar/payments/testing/payment-fixtures";
import { orderFunding } from "../order-funding.ts";
import { cancelUnpaidOrder } from "./cancel-unpaid-order.ts";
import { type CheckoutWorld, createCheckoutWorld, createTestGig, GIG_PRICES } from "./checkout-fixtures.ts";
import { getCheckoutOrder } from "./get-checkout-order.ts";
import { payOrder } from "./pay-order.ts";
import { placeGigOrder } from "./place-gig-order.ts";
import { quoteGigOrder } from "./quote-gig-order.ts";

let refs = 0;
const ref = () => `CO-${process.pid}-${++refs}-${Date.now().toString(36)}`;

describe.each(testDbKinds())("checkout on %s", (kind) => {
  const t = useTestDb(kind);
  let w: CheckoutWorld;
  const wallet = async (userId = w.client.userId) => (await getUserBalances(t.db, userId)).wallet;
  const order = (id: string) => t.db.order.findUniqueOrThrow({ where: { id } });
  /** A fresh client with an empty wallet. */
  const freshClient = async (name: string) => {
    const { createPerson } = await import("@hunar/payments/testing/payment-fixtures");
    return createPerson(t.db, name);
  };

  beforeAll(async () => {
    w = await createCheckoutWorld(t.db);
  });

  it("quotes a package with the fee schedule in force, exactly as the order stores it", async () => {
    const quote = await quoteGigOrder(t.db, { gigId: w.gigId, tier: "STANDARD" });
    const expected = calculateFees(GIG_PRICES.STANDARD, { freelancerFeeBps: 500, clientFeeBps: 200, minimumFeePaisa: 0 });
    expect(quote.fees).toEqual(expected);
    // Rs 12,500.50 + 2% = Rs 250.01 (half up) client fee.
    expect(quote.fees).toMatchObject({ subtotalPaisa: 1_250_050, clientFeePaisa: 25_001, totalPaisa: 1_275_051 });
    expect(quote.package).toMatchObject({ tier: "STANDARD", deliveryDays: 5, revisions: 2 });
    expect(quote.feeSchedule).toMatchObject({ version: 1, clientFeeBps: 200, freelancerFeeBps: 500, clearanceDays: 7 });

    const placed = await placeGigOrder(t.db, w.client, { gigId: w.gigId, tier: "STANDARD", requirements: "  Colours: green and white.  " });
    const stored = await order(placed.id);
    expect(stored).toMatchObject({
      status: "PENDING_PAYMENT",
      source: "GIG",
      clientId: w.client.userId,
      freelancerId: w.freelancer.userId,
      gigId: w.gigId,
      packageTier: "STANDARD",
      subtotalPaisa: quote.fees.subtotalPaisa,
      clientFeePaisa: quote.fees.clientFeePaisa,
      freelancerFeePaisa: quote.fees.freelancerFeePaisa,
      totalPaisa: quote.fees.totalPaisa,
      feeScheduleId: quote.feeSchedule.id,
      freelancerFeeBps: 500,
      clientFeeBps: 200,
      minimumFeePaisa: 0,
      clearanceDays: 7,
      deliveryDays: 5,
      revisionsAllowed: 2,
      requirements: "Colours: green and white.",
      // The client's preferred language is Urdu (the default).
      title: "میں آپ کے کاروبار کے لیے لوگو بناؤں گی",
      fundedAt: null,
    });
    expect(placed).toMatchObject({ id: stored.id, number: stored.number, totalPaisa: 1_275_051 });
  });

  it("titles the order in the client's language, falling back to the only title there is", async () => {
    await t.db.user.update({ where: { id: w.stranger.userId }, data: { preferredLocale: "en" } });
    const english = await placeGigOrder(t.db, w.stranger, { gigId: w.gigId, tier: "BASIC" });
    expect((await order(english.id)).title).toBe("I will design a logo for your business");
    const urduOnly = await createTestGig(t.db, w, { titleEn: null });
    const fallback = await placeGigOrder(t.db, w.stranger, { gigId: urduOnly, tier: "BASIC" });
    expect((await order(fallback.id)).title).toBe("میں آپ کے کاروبار کے لیے لوگو بناؤں گی");
    const unlimited = await placeGigOrder(t.db, w.stranger, { gigId: w.gigId, tier: "PREMIUM" });
    expect((await order(unlimited.id)).revisionsAllowed).toBeNull();
  });

  it("refuses gigs that cannot be ordered, missing packages, one's own gig, suspended clients and bad input", async () => {
    const before = await t.db.order.count();
    for (const status of ["DRAFT", "PENDING_REVIEW", "PAUSED", "REJECTED"] as const) {
      const gigId = await createTestGig(t.db, w, { status });
      await expect(quoteGigOrder(t.db, { gigId, tier: "BASIC" })).rejects.toMatchObject({
        code: "NOT_FOUND",
        messageKey: "gigs:errors.gigUnavailable",
      });
      await expect(placeGigOrder(t.db, w.client, { gigId, tier: "BASIC" })).rejects.toMatchObject({
        messageKey: "gigs:errors.gigUnavailable",
      });
    }
    await expect(placeGigOrder(t.db, w.client, { gigId: "no-such-gig", tier: "BASIC" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const basicOnly = await createTestGig(t.db, w, { tiers: ["BASIC"] });
    await expect(placeGigOrder(t.db, w.client, { gigId: basicOnly, tier: "PREMIUM" })).rejects.toMatchObject({
      code: "NOT_FOUND",
      messageKey: "gigs:errors.packageUnavailable",
    });
    await expect(placeGigOrder(t.db, w.freelancer, { gigId: w.gigId, tier: "BASIC" })).rejects.toMatchObject({
      code: "FORBIDDEN",
      messageKey: "payments:errors.checkout.ownGig",
    });
    await expect(placeGigOrder(t.db, w.client, { gigId: w.gigId, tier: "GOLD" } as never)).rejects.toMatchObject({
      code: "BAD_INPUT",
      fields: { tier: { key: "payments:errors.checkout.tierInvalid" } },
    });
    await expect(placeGigOrder(t.db, w.client, { gigId: w.gigId, tier: "BASIC", requirements: "x".repeat(5_001) })).rejects.toMatchObject({
      fields: { requirements: { key: "payments:errors.checkout.requirementsTooLong" } },
    });
    const suspended = await freshClient("Suspended Client");
    await t.db.user.update({ where: { id: suspended.userId }, data: { suspendedAt: new Date(), suspendedReason: "Fraud" } });
    await expect(placeGigOrder(t.db, suspended, { gigId: w.gigId, tier: "BASIC" })).rejects.toMatchObject({
      code: "FORBIDDEN",
      messageKey: "payments:errors.checkout.accountSuspended",
    });
    // A suspended freelancer's gigs are not for sale either.
    await t.db.user.update({ where: { id: w.freelancer.userId }, data: { suspendedAt: new Date() } });
    await expect(quoteGigOrder(t.db, { gigId: w.gigId, tier: "BASIC" })).rejects.toMatchObject({
      messageKey: "gigs:errors.gigUnavailable",
    });
    await t.db.user.update({ where: { id: w.freelancer.userId }, data: { suspendedAt: null } });
    expect(await t.db.order.count()).toBe(before);
  });

  it("shows an order only to its client", async () => {
    const placed = await placeGigOrder(t.db, w.client, { gigId: w.gigId, tier: "BASIC" });
    const view = await getCheckoutOrder(t.db, w.client.userId, placed.id);
    expect(view).toMatchObject({
      id: placed.id,
      status: "PENDING_PAYMENT",
      totalPaisa: 510_000,
      gig: { id: w.gigId },
      freelancer: { id: w.freelancer.userId },
    });
    expect(view.shortfallPaisa).toBe(510_000n - view.walletPaisa > 0n ? 510_000n - view.walletPaisa : 0n);
    for (const userId of [w.stranger.userId, w.freelancer.userId, w.admin.userId]) {
      await expect(getCheckoutOrder(t.db, userId, placed.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    await expect(getCheckoutOrder(t.db, w.client.userId, "missing")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("pays from the wallet, or says how much is missing", async () => {
    const client = await freshClient("Wallet Payer");
    const placed = await placeGigOrder(t.db, client, { gigId: w.gigId, tier: "BASIC" });
    await creditWallet(t.db, client.userId, 300_000n);
    await expect(payOrder(t.db, client, { orderId: placed.id, method: "wallet" })).rejects.toMatchObject({
      code: "INVALID_STATE",
      messageKey: "payments:errors.checkout.walletShort",
      // Intl puts a no-break space after "Rs".
      params: {
        shortfall: expect.stringMatching(/^Rs\s2,100$/) as unknown,
        wallet: expect.stringMatching(/^Rs\s3,000$/) as unknown,
        total: expect.stringMatching(/^Rs\s5,100$/) as unknown,
      },
    });
    expect((await order(placed.id)).status).toBe("PENDING_PAYMENT");
    expect((await getCheckoutOrder(t.db, client.userId, placed.id)).shortfallPaisa).toBe(210_000n);

    await creditWallet(t.db, client.userId, 250_000n);
    const paid = await payOrder(t.db, client, { orderId: placed.id, method: "wallet" });
    expect(paid).toEqual({ order: { id: placed.id, status: "IN_PROGRESS" }, funding: null, funded: true });
    expect(await wallet(client.userId)).toBe(40_000n);
    expect(await getAccountBalance(t.db, { type: "ORDER_ESCROW", orderId: placed.id })).toBe(500_000n);
    const stored = await order(placed.id);
    expect(stored.fundedAt).toBeInstanceOf(Date);
    expect(stored.dueAt).toBeInstanceOf(Date);
    await expect(payOrder(t.db, client, { orderId: placed.id, method: "wallet" })).rejects.toMatchObject({
      messageKey: "payments:errors.checkout.notAwaitingPayment",
    });
    // The refused payment (rolled back) told nobody; the one that went through told the
    // freelancer once, in the outbox for delivery.
    const told = await t.db.notification.findMany({ where: { dedupeKey: `order:${placed.id}:paid` } });
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({ userId: w.freelancer.userId, kind: "order.paid", link: `/orders/${placed.id}` });
    expect(told[0]?.data).toMatchObject({
      orderId: placed.id,
      orderNumber: stored.number,
      subtotalPaisa: "500000",
      dueAt: stored.dueAt?.toISOString(),
    });
    // The timeline has the placing and the payment, and the order's conversation says it is paid.
    const events = await t.db.orderEvent.findMany({ where: { orderId: placed.id }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => [e.kind, e.actorId])).toEqual([
      ["placed", client.userId],
      ["paid", client.userId],
    ]);
    const posted = await t.db.message.findMany({ where: { orderId: placed.id, kind: "SYSTEM" }, select: { body: true, data: true } });
    expect(posted).toEqual([{ body: "chat:system.order.paid", data: { number: stored.number, dueAt: stored.dueAt?.toISOString() } }]);
    await expect(cancelUnpaidOrder(t.db, client, placed.id)).rejects.toMatchObject({ code: "INVALID_STATE" });
  });

  it("sandbox pays the shortfall and funds the order in one go", async () => {
    const client = await freshClient("Sandbox Payer");
    await creditWallet(t.db, client.userId, 10_000n);
    const placed = await placeGigOrder(t.db, client, { gigId: w.gigId, tier: "BASIC" });
    const paid = await payOrder(t.db, client, { orderId: placed.id, method: "sandbox" });
    expect(paid.funded).toBe(true);
    expect(paid.order.status).toBe("IN_PROGRESS");
    expect(paid.funding).toMatchObject({ status: "CONFIRMED", amountPaisa: 500_000n, orderId: placed.id });
    expect(await wallet(client.userId)).toBe(0n);

    const production = createSandboxProvider(parsePaymentsEnv({ NODE_ENV: "production", DATABASE_URL: "postgres://db/hunar" }));
    const second = await placeGigOrder(t.db, client, { gigId: w.gigId, tier: "BASIC" });
    await expect(payOrder(t.db, client, { orderId: second.id, method: "sandbox" }, { sandbox: production })).rejects.toMatchObject({
      code: "FORBIDDEN",
      messageKey: "payments:errors.funding.sandboxDisabled",
    });
    expect((await order(second.id)).status).toBe("PENDING_PAYMENT");
    expect(await t.db.fundingRequest.count({ where: { orderId: second.id } })).toBe(0);
  });

  it("manual payment records the shortfall; the order is funded when an admin confirms", async () => {
    const client = await freshClient("Manual Payer");
    await creditWallet(t.db, client.userId, 100_000n);
    const placed = await placeGigOrder(t.db, client, { gigId: w.gigId, tier: "BASIC" });
    await expect(payOrder(t.db, client, { orderId: placed.id, method: "manual", rail: "RAAST" } as never)).rejects.toMatchObject({
      code: "BAD_INPUT",
      fields: { reference: { key: "payments:errors.funding.referenceInvalid" } },
    });
    await expect(payOrder(t.db, client, { orderId: placed.id, method: "card" } as never)).rejects.toMatchObject({ code: "BAD_INPUT" });
    const pending = await payOrder(t.db, client, { orderId: placed.id, method: "manual", rail: "RAAST", reference: ref() });
    expect(pending).toMatchObject({ funded: false, order: { status: "PENDING_PAYMENT" } });
    expect(pending.funding).toMatchObject({ status: "PENDING", amountPaisa: 410_000n, orderId: placed.id, rail: "RAAST" });
    expect((await getCheckoutOrder(t.db, client.userId, placed.id)).funding.map((f) => f.id)).toEqual([pending.funding?.id]);

    const decided = await confirmFunding(
      t.db,
      w.admin,
      { fundingRequestId: pending.funding?.id ?? "", reason: "Raast credit seen" },
      orderFunding,
    );
    expect(decided.orderFunded).toBe(true);
    expect((await order(placed.id)).status).toBe("IN_PROGRESS");
    expect(await wallet(client.userId)).toBe(0n);
    expect(await getAccountBalance(t.db, { type: "ORDER_ESCROW", orderId: placed.id })).toBe(500_000n);
  });

  it("a confirmation for an order cancelled (or paid) meanwhile stays in the wallet", async () => {
    const client = await freshClient("Changed Mind");
    const placed = await placeGigOrder(t.db, client, { gigId: w.gigId, tier: "BASIC" });
    const pending = await payOrder(t.db, client, { orderId: placed.id, method: "manual", rail: "IBAN", reference: ref() });
    expect(await cancelUnpaidOrder(t.db, client, placed.id)).toEqual({ id: placed.id, status: "CANCELLED" });
    await expect(cancelUnpaidOrder(t.db, client, placed.id)).rejects.toMatchObject({ code: "INVALID_STATE" });
    const decided = await confirmFunding(
      t.db,
      w.admin,
      { fundingRequestId: pending.funding?.id ?? "", reason: "Transfer arrived" },
      orderFunding,
    );
    expect(decided.orderFunded).toBe(false);
    expect((await order(placed.id)).status).toBe("CANCELLED");
    expect(await wallet(client.userId)).toBe(510_000n);
    await expect(payOrder(t.db, client, { orderId: placed.id, method: "wallet" })).rejects.toMatchObject({ code: "INVALID_STATE" });
  });

  it("a manual request that does not cover the order leaves it waiting; the money stays in the wallet", async () => {
    const client = await freshClient("Short Transfer");
    const placed = await placeGigOrder(t.db, client, { gigId: w.gigId, tier: "BASIC" });
    const partial = await submitManualFunding(
      t.db,
      client,
      {
        amountPaisa: 100_000n,
        rail: "EASYPAISA",
        reference: ref(),
        orderId: placed.id,
      },
      orderFunding,
    );
    const decided = await confirmFunding(t.db, w.admin, { fundingRequestId: partial.request.id, reason: "Easypaisa credit" }, orderFunding);
    expect(decided.orderFunded).toBe(false);
    expect((await order(placed.id)).status).toBe("PENDING_PAYMENT");
    expect(await wallet(client.userId)).toBe(100_000n);
    const rejected = await payOrder(t.db, client, { orderId: placed.id, method: "manual", rail: "EASYPAISA", reference: ref() });
    await rejectFunding(t.db, w.admin, { fundingRequestId: rejected.funding?.id ?? "", reason: "Not received" });
    expect((await order(placed.id)).status).toBe("PENDING_PAYMENT");
  });

  it("nobody pays, cancels or funds someone else's order", async () => {
    const placed = await placeGigOrder(t.db, w.client, { gigId: w.gigId, tier: "BASIC" });
    await creditWallet(t.db, w.stranger.userId, 1_000_000n);
    await expect(payOrder(t.db, w.stranger, { orderId: placed.id, method: "wallet" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(payOrder(t.db, w.stranger, { orderId: placed.id, method: "sandbox" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(cancelUnpaidOrder(t.db, w.stranger, placed.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(cancelUnpaidOrder(t.db, w.freelancer, placed.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      submitManualFunding(t.db, w.stranger, { amountPaisa: 510_000n, rail: "IBAN", reference: ref(), orderId: placed.id }, orderFunding),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(fundWithSandbox(t.db, w.stranger, { amountPaisa: 510_000n, orderId: placed.id }, orderFunding)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect((await order(placed.id)).status).toBe("PENDING_PAYMENT");
    expect(await wallet(w.stranger.userId)).toBe(1_000_000n);
  });

  it("a refund lands in the wallet and pays for the next order (end to end)", async () => {
    const client = await freshClient("Returning Client");
    const first = await placeGigOrder(t.db, client, { gigId: w.gigId, tier: "BASIC" });
    await payOrder(t.db, client, { orderId: first.id, method: "sandbox" });
    expect(await wallet(client.userId)).toBe(0n);
    // The freelancer cannot do the work and refunds the whole escrow (the orders domain would
    // also cancel the order in this transaction).
    await withMoneyTransaction(t.db, async (tx) => {
      await refundEscrow(tx, { orderId: first.id, actorId: w.freelancer.userId });
      await tx.order.update({ where: { id: first.id }, data: { status: "CANCELLED", cancelledAt: new Date() } });
    });
    // A full refund of untouched escrow returns the client fee too.
    expect(await wallet(client.userId)).toBe(510_000n);

    const second = await placeGigOrder(t.db, client, { gigId: w.gigId, tier: "BASIC" });
    const view = await getCheckoutOrder(t.db, client.userId, second.id);
    expect(view).toMatchObject({ walletPaisa: 510_000n, shortfallPaisa: 0n });
    const paid = await payOrder(t.db, client, { orderId: second.id, method: "wallet" });
    expect(paid).toMatchObject({ funded: true, funding: null, order: { status: "IN_PROGRESS" } });
    expect(await wallet(client.userId)).toBe(0n);
    // Choosing "manual" or "sandbox" with a wallet that already covers the order pays from it.
    const third = await placeGigOrder(t.db, client, { gigId: w.gigId, tier: "BASIC" });
    await creditWallet(t.db, client.userId, 510_000n);
    expect(await payOrder(t.db, client, { orderId: third.id, method: "manual", rail: "IBAN", reference: ref() })).toMatchObject({
      funded: true,
      funding: null,
    });
    expect(await t.db.fundingRequest.count({ where: { orderId: third.id } })).toBe(0);
  });

  it("pays the largest gig price the listing form allows (Rs 10,000,000 plus the client fee)", async () => {
    const client = await freshClient("Big Spender");
    const gigId = await createTestGig(t.db, w, { tiers: ["BASIC"], prices: { BASIC: 1_000_000_000 } });
    const placed = await placeGigOrder(t.db, client, { gigId, tier: "BASIC" });
    expect(placed.totalPaisa).toBe(1_020_000_000);
    expect(await payOrder(t.db, client, { orderId: placed.id, method: "sandbox" })).toMatchObject({ funded: true });
  });

  it("leaves every cached balance equal to its entries", async () => {
    expect(await findBalanceMismatches(t.db)).toEqual([]);
  });
});
