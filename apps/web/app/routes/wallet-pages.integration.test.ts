import { testDbKinds } from "@hunar/db/testing";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { createGigWorld, createPerson, type GigWorld, publishedGig } from "@hunar/gigs/testing/gig-fixtures";
import { creditWallet, ensureFeeSchedule } from "@hunar/payments/testing/payment-fixtures";
import { beforeEach, describe, expect, it } from "vitest";
import { formPost, get, runRoute, testContext } from "#app/test/action-context.ts";
import { sessionCookie } from "#app/test/gig-requests.ts";
import { action as feesAction, loader as feesLoader } from "./admin-fees.tsx";
import { action as fundingAction, loader as fundingLoader } from "./admin-funding.tsx";
import { loader as revenueLoader } from "./admin-revenue.tsx";
import { action as checkoutAction, loader as checkoutLoader } from "./checkout.tsx";
import { action as payAction, loader as payLoader } from "./order-pay.tsx";
import { loader as invoiceLoader } from "./order-invoice.tsx";
import { loader as ordersLoader } from "./orders.tsx";
import { action as walletAction, loader as walletLoader } from "./wallet.tsx";

type Context = ReturnType<typeof testContext>["context"];
const run = runRoute;

let refSeq = 0;
/** A transfer reference no other test used (references are unique per rail). */
const reference = () => `JC${Date.now().toString(36).toUpperCase()}${++refSeq}`;

// The fixture gig's Basic package is Rs 5,000; the launch schedule's client fee is 2% (Rs 100).
const BASIC = { subtotalPaisa: 500_000, clientFeePaisa: 10_000, totalPaisa: 510_000 };

describe.each(testDbKinds())("checkout, order payment and wallet pages on %s", (kind) => {
  const t = useTestDb(kind);
  let world: GigWorld;
  let context: Context;
  let gigId: string;
  let client: { userId: string; cookie: string };
  let other: { userId: string; cookie: string };

  const person = async (name: string) => {
    const { userId } = await createPerson(t.db, name);
    return { userId, cookie: await sessionCookie(t.db, userId) };
  };
  const checkout = (fields: Record<string, string>, cookie = client.cookie, opts: { origin?: string | null } = {}) =>
    run(checkoutAction, formPost(`/checkout/${gigId}?tier=BASIC`, { tier: "BASIC", ...fields }, { cookie, ...opts }), context, { gigId });
  const ordersOf = (userId: string) =>
    t.db.order.findMany({ where: { clientId: userId }, select: { id: true, status: true, totalPaisa: true } });

  beforeEach(async () => {
    world = await createGigWorld(t.db);
    await ensureFeeSchedule(t.db);
    gigId = (await publishedGig(t.db, world)).id;
    context = testContext(t.db).context;
    client = await person("Sana Tariq");
    other = await person("Hamza Ali");
  });

  it("quotes the package with the client fee and total, and makes ?package= canonical", async () => {
    const quote = await run(checkoutLoader, get(`/checkout/${gigId}?tier=BASIC`, client.cookie), context, { gigId });
    expect(quote.status).toBe(200);
    expect(quote.body).toMatchObject({
      package: { tier: "BASIC" },
      figures: { ...BASIC, clientFeeBps: 200 },
      options: { walletBalancePaisa: "0", sandboxEnabled: true },
    });
    const fromGigPage = await run(checkoutLoader, get(`/checkout/${gigId}?package=PREMIUM`, client.cookie), context, { gigId });
    expect(fromGigPage).toMatchObject({ status: 302, location: `/checkout/${gigId}?tier=PREMIUM` });
    const signedOut = await run(checkoutLoader, get(`/checkout/${gigId}?tier=BASIC`), context, { gigId });
    expect(signedOut.status).toBe(302);
    expect(signedOut.location).toBe(`/login?redirectTo=${encodeURIComponent(`/checkout/${gigId}?tier=BASIC`)}`);
    for (const [path, id] of [
      [`/checkout/nope?tier=BASIC`, "nope"],
      [`/checkout/${gigId}?tier=GOLD`, gigId],
    ] as const) {
      const missing = await run(checkoutLoader, get(path, client.cookie), context, { gigId: id });
      expect([400, 404]).toContain(missing.status);
    }
  });

  it("places the order and records a manual JazzCash transfer of the total; the admin's confirmation funds it", async () => {
    const ref = reference();
    const placed = await checkout({ method: "manual", rail: "JAZZCASH", reference: ref, requirements: "Logo for my chai dhaba" });
    expect(placed).toMatchObject({ status: 302, location: "/orders?done=manual" });
    const [order] = await ordersOf(client.userId);
    expect(order).toMatchObject({ status: "PENDING_PAYMENT", totalPaisa: BASIC.totalPaisa });
    const funding = await t.db.fundingRequest.findFirstOrThrow({ where: { userId: client.userId } });
    expect(funding).toMatchObject({
      orderId: order!.id,
      amountPaisa: BigInt(BASIC.totalPaisa),
      rail: "JAZZCASH",
      providerReference: ref,
      status: "PENDING",
    });

    const waiting = await run(ordersLoader, get("/orders?side=client", client.cookie), context);
    expect(waiting.body).toMatchObject({ orders: [{ id: order!.id, fundingRequests: [{ providerReference: ref }] }] });
    const sellerView = await run(ordersLoader, get("/orders?side=freelancer", await sessionCookie(t.db, world.freelancer.userId)), context);
    expect(sellerView.body).toMatchObject({ side: "freelancer", orders: [{ id: order!.id }] });
    expect(JSON.stringify(sellerView.body)).not.toContain(ref);

    const admin = await sessionCookie(t.db, world.admin.userId);
    const queue = await run(fundingLoader, get("/admin/funding", admin), context);
    expect(queue.body).toMatchObject({ queue: [{ id: funding.id, amountPaisa: String(BASIC.totalPaisa) }] });
    const noReason = await run(
      fundingAction,
      formPost("/admin/funding", { fundingRequestId: funding.id, decision: "confirm", reason: "" }, { cookie: admin }),
      context,
    );
    expect(noReason.status).toBe(400);
    expect(noReason.body).toMatchObject({ errors: { fields: { reason: { key: "payments:errors.funding.reasonRequired" } } } });
    expect((await t.db.fundingRequest.findUniqueOrThrow({ where: { id: funding.id } })).status).toBe("PENDING");

    const confirmed = await run(
      fundingAction,
      formPost(
        "/admin/funding",
        { fundingRequestId: funding.id, decision: "confirm", reason: "Seen on the JazzCash statement" },
        { cookie: admin },
      ),
      context,
    );
    expect(confirmed).toMatchObject({ status: 200, body: { decided: "confirm" } });
    expect((await ordersOf(client.userId))[0]).toMatchObject({ status: "IN_PROGRESS" });

    const mine = await run(ordersLoader, get("/orders?side=client&filter=active", client.cookie), context);
    expect(mine.body).toMatchObject({
      orders: [{ id: order!.id, status: "IN_PROGRESS", totalPaisa: BASIC.totalPaisa }],
      counts: { all: 1, active: 1, late: 0, delivered: 0 },
    });
    const bought = await run(ordersLoader, get("/orders?side=freelancer", client.cookie), context);
    expect(bought.body).toMatchObject({ side: "freelancer", orders: [] });
    const seller = await run(ordersLoader, get("/orders?side=freelancer", await sessionCookie(t.db, world.freelancer.userId)), context);
    expect(seller.body).toMatchObject({ orders: [{ id: order!.id }] });
    // A cursor that is not one of ours starts the list again instead of failing.
    const edited = await run(ordersLoader, get("/orders?side=client&filter=all&cursor=bm90LWEtY3Vyc29y", client.cookie), context);
    expect(edited).toMatchObject({ status: 302, location: "/orders?side=client&filter=all" });
  });

  it("refuses a bad or missing reference before placing any order, and a reused one without a second order", async () => {
    for (const fields of [{ reference: "" }, { reference: "<b>x</b>" }, { rail: "PAYPAL", reference: reference() }]) {
      const refused = await checkout({ method: "manual", rail: "JAZZCASH", ...fields });
      expect(refused.status).toBe(400);
      expect(Object.keys((refused.body as { errors: { fields: object } }).errors.fields).length).toBeGreaterThan(0);
    }
    expect(await checkout({ method: "bitcoin" })).toMatchObject({
      status: 400,
      body: { errors: { fields: { method: { key: "wallet:errors.methodRequired" } } } },
    });
    expect(await ordersOf(client.userId)).toEqual([]);

    const ref = reference();
    expect((await checkout({ method: "manual", rail: "EASYPAISA", reference: ref })).status).toBe(302);
    const reused = await checkout({ method: "manual", rail: "EASYPAISA", reference: ref }, other.cookie);
    expect(reused.status).toBe(409);
    const { orderId } = reused.body as { orderId: string };
    expect(reused.body).toMatchObject({ errors: { fields: { reference: { key: "payments:errors.funding.referenceUsed" } } } });
    // The order placed by that attempt is paid by the next one, not placed again.
    const retry = await checkout({ method: "manual", rail: "EASYPAISA", reference: reference(), orderId }, other.cookie);
    expect(retry.status).toBe(302);
    expect((await ordersOf(other.userId)).map((o) => o.id)).toEqual([orderId]);
  });

  it("pays from the wallet when it covers the total, with test money in the sandbox, never from a short wallet", async () => {
    const short = await checkout({ method: "wallet" });
    expect(short.status).toBe(409);
    const unpaid = (short.body as { orderId: string }).orderId;
    await creditWallet(t.db, client.userId, BigInt(BASIC.totalPaisa));
    const paid = await run(payAction, formPost(`/orders/${unpaid}/pay`, { method: "wallet" }, { cookie: client.cookie }), context, {
      orderId: unpaid,
    });
    expect(paid).toMatchObject({ status: 302, location: `/orders/${unpaid}?done=wallet` });
    expect((await t.db.order.findUniqueOrThrow({ where: { id: unpaid } })).status).toBe("IN_PROGRESS");

    expect(await checkout({ method: "sandbox" }, other.cookie)).toMatchObject({
      status: 302,
      location: expect.stringMatching(/^\/orders\/[^/?]+\?done=sandbox$/) as unknown,
    });
    expect((await ordersOf(other.userId))[0]).toMatchObject({ status: "IN_PROGRESS" });
    const again = await run(payAction, formPost(`/orders/${unpaid}/pay`, { method: "sandbox" }, { cookie: client.cookie }), context, {
      orderId: unpaid,
    });
    expect(again.status).toBe(409);
  });

  it("hides someone else's order (404) and lets the client cancel an unpaid one", async () => {
    const ref = reference();
    await checkout({ method: "manual", rail: "RAAST", reference: ref });
    const [order] = await ordersOf(client.userId);
    const params = { orderId: order!.id };
    expect((await run(payLoader, get(`/orders/${order!.id}/pay`, other.cookie), context, params)).status).toBe(404);
    const stolen = await run(
      payAction,
      formPost(`/orders/${order!.id}/pay`, { intent: "cancel" }, { cookie: other.cookie }),
      context,
      params,
    );
    expect(stolen.status).toBe(404);
    expect((await run(payLoader, get(`/orders/x/pay`, client.cookie), context, { orderId: "x" })).status).toBe(404);
    const page = await run(payLoader, get(`/orders/${order!.id}/pay`, client.cookie), context, params);
    expect(page.body).toMatchObject({
      order: { id: order!.id, status: "PENDING_PAYMENT", totalPaisa: BASIC.totalPaisa, waitingTransfer: { reference: ref } },
    });
    const noOrigin = await run(
      payAction,
      formPost(`/orders/${order!.id}/pay`, { intent: "cancel" }, { cookie: client.cookie, origin: null }),
      context,
      params,
    );
    expect(noOrigin.status).toBe(403);
    const cancelled = await run(
      payAction,
      formPost(`/orders/${order!.id}/pay`, { intent: "cancel" }, { cookie: client.cookie }),
      context,
      params,
    );
    expect(cancelled).toMatchObject({ status: 302, location: "/orders?done=cancelled" });
    expect((await ordersOf(client.userId))[0]).toMatchObject({ status: "CANCELLED" });
  });

  it("tops up the wallet, refusing zero, negative, fractional and absurd amounts without writing anything", async () => {
    const topUp = (fields: Record<string, string>, cookie = client.cookie) =>
      run(
        walletAction,
        formPost("/wallet", { intent: "topUp", method: "manual", rail: "IBAN", reference: reference(), ...fields }, { cookie }),
        context,
      );
    const cases: [string, string][] = [
      ["0", "errors:amountPositive"],
      ["-500", "errors:amountPositive"],
      ["100.50", "errors:amountWholeRupees"],
      ["", "errors:amountRequired"],
      ["1e5", "errors:amountInvalid"],
      ["9999999999999", "errors:amountTooLarge"],
    ];
    for (const [amount, key] of cases) {
      const refused = await topUp({ amount });
      expect(refused.status, amount).toBe(400);
      expect(refused.body).toMatchObject({ errors: { fields: { amount: { key } } } });
    }
    expect(await t.db.fundingRequest.count({ where: { userId: client.userId } })).toBe(0);

    expect(await topUp({ amount: "2,500", method: "sandbox" })).toMatchObject({ status: 302, location: "/wallet?done=sandbox" });
    expect(await topUp({ amount: "۳۰۰۰" })).toMatchObject({ status: 302, location: "/wallet?done=manual" });
    const wallet = await run(walletLoader, get("/wallet", client.cookie), context);
    expect(wallet.body).toMatchObject({ options: { walletBalancePaisa: "250000" } });
    const requests = (wallet.body as { funding: { id: string; status: string; amountPaisa: string }[] }).funding;
    expect(requests.map((r) => [r.amountPaisa, r.status])).toEqual([
      ["300000", "PENDING"],
      ["250000", "CONFIRMED"],
    ]);

    const pending = requests[0]!.id;
    const notYours = await run(
      walletAction,
      formPost("/wallet", { intent: "cancel", fundingRequestId: pending }, { cookie: other.cookie }),
      context,
    );
    expect(notYours.status).toBe(404);
    const cancel = await run(
      walletAction,
      formPost("/wallet", { intent: "cancel", fundingRequestId: pending }, { cookie: client.cookie }),
      context,
    );
    expect(cancel).toMatchObject({ status: 302, location: "/wallet?done=cancelled" });
    expect((await t.db.fundingRequest.findUniqueOrThrow({ where: { id: pending } })).status).toBe("CANCELLED");
  });

  it("keeps the funding queue to admins", async () => {
    expect((await run(fundingLoader, get("/admin/funding", client.cookie), context)).status).toBe(403);
    expect((await run(fundingLoader, get("/admin/funding"), context)).status).toBe(302);
    const posted = await run(
      fundingAction,
      formPost("/admin/funding", { fundingRequestId: "x", decision: "confirm", reason: "Because I can" }, { cookie: client.cookie }),
      context,
    );
    expect(posted.status).toBe(403);
    const unknown = await run(
      fundingAction,
      formPost(
        "/admin/funding",
        { fundingRequestId: "x", decision: "confirm", reason: "Seen on statement" },
        { cookie: await sessionCookie(t.db, world.admin.userId) },
      ),
      context,
    );
    expect(unknown.status).toBe(404);
  });

  it("shows the invoice to the client and the receipt to the freelancer, and nothing to anyone else", async () => {
    await checkout({ method: "sandbox" });
    const [order] = await ordersOf(client.userId);
    const params = { orderId: order!.id };
    const path = `/orders/${order!.id}/invoice`;
    const invoice = await run(invoiceLoader, get(path, client.cookie), context, params);
    expect(invoice.body).toMatchObject({
      invoice: {
        copy: "CLIENT_INVOICE",
        order: { status: "IN_PROGRESS" },
        amounts: { ...BASIC, totalPaidPaisa: BASIC.totalPaisa },
        rates: { clientFeeBps: 200 },
      },
    });
    const receipt = await run(
      invoiceLoader,
      get(`${path}?copy=CLIENT_INVOICE`, await sessionCookie(t.db, world.freelancer.userId)),
      context,
      params,
    );
    expect(receipt.body).toMatchObject({
      invoice: { copy: "FREELANCER_RECEIPT", amounts: { freelancerFeePaisa: 25_000, freelancerNetPaisa: 475_000 } },
    });
    const admin = await run(
      invoiceLoader,
      get(`${path}?copy=FREELANCER_RECEIPT`, await sessionCookie(t.db, world.admin.userId)),
      context,
      params,
    );
    expect(admin.body).toMatchObject({ invoice: { copy: "FREELANCER_RECEIPT", freelancer: { cnic: null, ntn: null } } });
    expect((await run(invoiceLoader, get(path, other.cookie), context, params)).status).toBe(404);
    expect((await run(invoiceLoader, get(path), context, params)).status).toBe(302);
  });

  it("saves a new fee version from percentages and rupees, refusing bad numbers and non-admins", async () => {
    const admin = await sessionCookie(t.db, world.admin.userId);
    const fields = {
      freelancerFeeBps: "4.5",
      clientFeeBps: "2",
      minimumFeePaisa: "50",
      clearanceDays: "7",
      payoutMinimumPaisa: "1000",
      effectiveFrom: "",
      reason: "Lower freelancer fee for the Eid campaign",
    };
    expect((await run(feesLoader, get("/admin/fees", client.cookie), context)).status).toBe(403);
    expect((await run(feesAction, formPost("/admin/fees", fields, { cookie: client.cookie }), context)).status).toBe(403);
    for (const [name, value] of [
      ["freelancerFeeBps", "4.555"],
      ["clientFeeBps", "-1"],
      ["clientFeeBps", "101"],
      ["minimumFeePaisa", "1.5"],
      ["effectiveFrom", "tomorrow"],
      ["reason", ""],
      ["clearanceDays", "2.5"],
    ] as const) {
      const refused = await run(feesAction, formPost("/admin/fees", { ...fields, [name]: value }, { cookie: admin }), context);
      expect(refused.status, `${name}=${value}`).toBe(400);
      expect(Object.keys((refused.body as { errors: { fields: object } }).errors.fields), `${name}=${value}`).toContain(name);
    }
    expect(await t.db.feeSchedule.count()).toBe(1);
    const saved = await run(feesAction, formPost("/admin/fees", fields, { cookie: admin }), context);
    expect(saved).toMatchObject({ status: 200, body: { saved: 2 } });
    expect(await t.db.feeSchedule.findUniqueOrThrow({ where: { version: 2 } })).toMatchObject({
      freelancerFeeBps: 450,
      clientFeeBps: 200,
      minimumFeePaisa: 5000,
      payoutMinimumPaisa: 100_000,
    });
    expect(await t.db.auditLog.findFirst({ where: { action: "fees.update" }, select: { actorId: true, reason: true } })).toEqual({
      actorId: world.admin.userId,
      reason: fields.reason,
    });
    const page = await run(feesLoader, get("/admin/fees", admin), context);
    expect((page.body as { schedules: { version: number }[] }).schedules.map((s) => s.version)).toEqual([2, 1]);
  });

  it("reports revenue by month to admins only, answering a bad year with its error", async () => {
    await checkout({ method: "sandbox" });
    const admin = await sessionCookie(t.db, world.admin.userId);
    expect((await run(revenueLoader, get("/admin/revenue", client.cookie), context)).status).toBe(403);
    const report = await run(revenueLoader, get("/admin/revenue", admin), context);
    const body = report.body as { months: unknown[]; totals: { clientFeesPaisa: string } };
    expect(body.months).toHaveLength(12);
    expect(BigInt(body.totals.clientFeesPaisa)).toBeGreaterThanOrEqual(BigInt(BASIC.clientFeePaisa));
    for (const year of ["abc", "1999", "2020.5"]) {
      const bad = await run(revenueLoader, get(`/admin/revenue?year=${year}`, admin), context);
      expect(bad.status, year).toBe(400);
      expect(bad.body).toMatchObject({ error: { key: "payments:errors.statements.yearInvalid" } });
    }
  });
});
