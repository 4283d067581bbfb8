import { testDbKinds } from "@hunar/db/testing";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { feeOwedAfter } from "@hunar/payments/escrow/release-fee";
import { findBalanceMismatches, getAccountBalance, getUserBalances } from "@hunar/payments/ledger/balances";
import { findUnbalancedTransactions } from "@hunar/payments/ledger/integrity";
import { confirmFunding } from "@hunar/payments/funding/confirm-funding";
import { creditWallet } from "@hunar/payments/testing/payment-fixtures";
import { beforeEach, describe, expect, it } from "vitest";
import { cancelUnpaidOrder } from "../checkout/cancel-unpaid-order.ts";
import { getCheckoutOrder } from "../checkout/get-checkout-order.ts";
import { payOrder } from "../checkout/pay-order.ts";
import { placeContractOrder } from "../contracts/place-contract-order.ts";
import { orderFunding } from "../order-funding.ts";
import { addDays } from "../order-link.ts";
import { getOrderPage } from "../page/get-order-page.ts";
import { answerCancellation } from "../requests/answer-cancellation.ts";
import { requestCancellation } from "../requests/request-cancellation.ts";
import { createContractOrder, payNextMilestone, type TestContract } from "../testing/contract-fixtures.ts";
import { createOrderWorld, createPaidOrder, type OrderWorld } from "../testing/order-fixtures.ts";
import { orderSnapshot } from "../testing/order-snapshot.ts";
import { autoCompleteDue } from "../timers/auto-complete-due.ts";
import { acceptDelivery } from "../work/accept-delivery.ts";
import { deliverOrder } from "../work/deliver-order.ts";
import { requestRevision } from "../work/request-revision.ts";
import { endContract } from "./end-contract.ts";

const DAY_MS = 24 * 60 * 60 * 1000;

describe.each(testDbKinds())("a contract's milestones on %s", (kind) => {
  const t = useTestDb(kind);
  let w: OrderWorld;
  const order = (id: string) => t.db.order.findUniqueOrThrow({ where: { id } });
  const milestone = (id: string) => t.db.milestone.findUniqueOrThrow({ where: { id } });
  const escrowOf = (orderId: string) => getAccountBalance(t.db, { type: "ORDER_ESCROW", orderId });
  const revenueOf = async (orderId: string) =>
    (
      await t.db.ledgerEntry.aggregate({
        where: { account: { type: "PLATFORM_REVENUE" }, transaction: { orderId } },
        _sum: { amountPaisa: true },
      })
    )._sum.amountPaisa ?? 0n;
  const balances = async () => ({
    client: await getUserBalances(t.db, w.client.userId),
    freelancer: await getUserBalances(t.db, w.freelancer.userId),
  });
  const notes = (userId: string, kind: string, orderId: string) =>
    t.db.notification
      .findMany({ where: { userId, kind }, select: { data: true } })
      .then((rows) => rows.map((row) => row.data as Record<string, unknown>).filter((data) => data.orderId === orderId));
  const m = (contract: TestContract, position: number) => {
    const found = contract.milestones.find((x) => x.position === position);
    if (!found) throw new Error(`no milestone ${position}`);
    return found;
  };
  const deliver = (contract: TestContract, now?: Date) =>
    deliverOrder(t.db, w.freelancer, { orderId: contract.id, message: "The pages are ready for review." }, now);

  beforeEach(async () => {
    // Each test its own parties, so wallet and pending balances are this test's alone.
    w = await createOrderWorld(t.db);
  });

  it("runs two milestones one after the other: funded, delivered, revised, accepted, then the second the same, and completes", async () => {
    const contract = await createContractOrder(t.db, w);
    const [m1, m2] = [m(contract, 1), m(contract, 2)];
    const before = await balances();

    // The pay page asks for the first milestone and its fee share, not the total.
    const checkout = await getCheckoutOrder(t.db, w.client.userId, contract.id);
    expect(checkout).toMatchObject({
      amountDuePaisa: BigInt(m1.amountPaisa + m1.clientFeePaisa),
      shortfallPaisa: BigInt(m1.amountPaisa + m1.clientFeePaisa),
      dueMilestone: { id: m1.id, position: 1, title: "Design" },
      milestoneCount: 2,
    });
    expect(m1.clientFeePaisa + m2.clientFeePaisa).toBe(contract.clientFeePaisa);

    const paidAt = Date.now();
    await payNextMilestone(t.db, contract, 1);
    const funded = await order(contract.id);
    expect(funded.status).toBe("IN_PROGRESS");
    const m1Funded = await milestone(m1.id);
    expect(m1Funded).toMatchObject({ status: "FUNDED" });
    expect(m1Funded.fundedAt?.getTime()).toBeGreaterThanOrEqual(paidAt);
    expect(m1Funded.dueAt?.getTime()).toBe((m1Funded.fundedAt?.getTime() ?? 0) + 5 * DAY_MS);
    expect(funded.dueAt).toEqual(m1Funded.dueAt);
    expect((await milestone(m2.id)).status).toBe("PENDING");
    // Escrow holds only the funded milestone; revenue has its fee share.
    expect(await escrowOf(contract.id)).toBe(BigInt(m1.amountPaisa));
    expect(await revenueOf(contract.id)).toBe(BigInt(m1.clientFeePaisa));
    expect((await balances()).client.wallet).toBe(before.client.wallet);
    const fund1 = await t.db.ledgerTransaction.findUniqueOrThrow({
      where: { idempotencyKey: `order:${contract.id}:milestone:${m1.id}:fund` },
    });
    expect(fund1.milestoneId).toBe(m1.id);
    expect(await notes(w.freelancer.userId, "order.paid", contract.id)).toEqual([
      expect.objectContaining({ subtotalPaisa: String(m1.amountPaisa), dueAt: m1Funded.dueAt?.toISOString() }),
    ]);

    // The second milestone cannot be paid before the first is accepted: a localised refusal, nothing moves.
    const refusedPay = async () => {
      const snapshot = await orderSnapshot(t.db, contract.id);
      await expect(payOrder(t.db, w.client, { orderId: contract.id, method: "sandbox" })).rejects.toMatchObject({
        code: "INVALID_STATE",
        messageKey: "orders:errors.milestones.previousNotAccepted",
        params: { position: 1 },
      });
      expect(await orderSnapshot(t.db, contract.id)).toEqual(snapshot);
    };
    await refusedPay();

    const first = await deliver(contract);
    expect(await t.db.delivery.findUniqueOrThrow({ where: { id: first.deliveryId } })).toMatchObject({ milestoneId: m1.id });
    expect(await milestone(m1.id)).toMatchObject({ status: "DELIVERED" });
    await refusedPay();

    await requestRevision(t.db, w.client, { orderId: contract.id, reason: "Please use the shop's green." });
    expect(await milestone(m1.id)).toMatchObject({ status: "FUNDED" });
    expect((await order(contract.id)).status).toBe("IN_PROGRESS");

    await deliver(contract);
    const accepted = await acceptDelivery(t.db, w.client, contract.id);
    const fee1 = feeOwedAfter(BigInt(m1.amountPaisa), contract);
    expect(accepted).toMatchObject({ status: "PENDING_PAYMENT", milestoneId: m1.id, releasedPaisa: BigInt(m1.amountPaisa) });
    expect(accepted.netPaisa).toBe(BigInt(m1.amountPaisa) - fee1);
    expect(await milestone(m1.id)).toMatchObject({ status: "APPROVED" });
    expect(await order(contract.id)).toMatchObject({ status: "PENDING_PAYMENT", dueAt: null, autoCompleteAt: null, completedAt: null });
    expect(await escrowOf(contract.id)).toBe(0n);
    expect((await balances()).freelancer.pending - before.freelancer.pending).toBe(BigInt(m1.amountPaisa) - fee1);
    expect(await notes(w.freelancer.userId, "order.milestoneAccepted", contract.id)).toEqual([
      expect.objectContaining({ position: 1, netPaisa: (BigInt(m1.amountPaisa) - fee1).toString(), automatic: false }),
    ]);

    // The page shows the plan and offers the client the next payment (or ending the contract).
    const page = await getOrderPage(t.db, { userId: w.client.userId, isAdmin: false }, contract.id);
    expect(page.milestones).toMatchObject({
      currentId: null,
      nextId: m2.id,
      nextDuePaisa: m2.amountPaisa + m2.clientFeePaisa,
      items: [
        { id: m1.id, position: 1, title: "Design", amountPaisa: m1.amountPaisa, status: "APPROVED" },
        { id: m2.id, position: 2, title: "Product pages", amountPaisa: m2.amountPaisa, status: "PENDING" },
      ],
    });
    expect(page.transitions).toEqual(["pay", "endContract"]);
    expect(page.timeline.map((e) => e.kind)).toContain("milestoneAccepted");

    await payNextMilestone(t.db, contract, 2);
    expect(await milestone(m2.id)).toMatchObject({ status: "FUNDED" });
    expect(await escrowOf(contract.id)).toBe(BigInt(m2.amountPaisa));
    expect(await notes(w.freelancer.userId, "order.milestoneFunded", contract.id)).toEqual([
      expect.objectContaining({ position: 2, milestoneTitle: "Product pages", amountPaisa: String(m2.amountPaisa) }),
    ]);
    const working = await getOrderPage(t.db, { userId: w.client.userId, isAdmin: false }, contract.id);
    expect(working.milestones).toMatchObject({ currentId: m2.id, nextId: null });
    expect(working.transitions).toEqual(["cancel", "openDispute"]);

    const second = await deliver(contract);
    expect(await t.db.delivery.findUniqueOrThrow({ where: { id: second.deliveryId } })).toMatchObject({ milestoneId: m2.id });
    const delivered = await getOrderPage(t.db, { userId: w.client.userId, isAdmin: false }, contract.id);
    expect(delivered.transitions).toEqual(["requestRevision", "accept", "openDispute"]);
    await requestRevision(t.db, w.client, { orderId: contract.id, reason: "The prices are missing." });
    await deliver(contract);
    const completedAt = new Date();
    const completed = await acceptDelivery(t.db, w.client, contract.id, completedAt);
    expect(completed).toMatchObject({ status: "COMPLETED", releasedPaisa: BigInt(m2.amountPaisa) });
    expect(await order(contract.id)).toMatchObject({
      status: "COMPLETED",
      completedAt,
      reviewsCloseAt: addDays(completedAt, 10),
      revisionsUsed: 2,
    });
    expect(await milestone(m2.id)).toMatchObject({ status: "APPROVED", approvedAt: completedAt });

    // The fees over both milestones are the fee on the whole; each milestone's share went to revenue.
    const releases = await t.db.ledgerTransaction.findMany({
      where: { orderId: contract.id, kind: "ESCROW_RELEASED" },
      select: { milestoneId: true, idempotencyKey: true },
      orderBy: { createdAt: "asc" },
    });
    expect(releases.map((r) => r.milestoneId)).toEqual([m1.id, m2.id]);
    expect(await escrowOf(contract.id)).toBe(0n);
    expect(await revenueOf(contract.id)).toBe(BigInt(contract.clientFeePaisa + contract.freelancerFeePaisa));
    const after = await balances();
    expect(after.freelancer.pending - before.freelancer.pending).toBe(BigInt(contract.subtotalPaisa - contract.freelancerFeePaisa));
    expect(after.client.wallet).toBe(before.client.wallet);
    expect(await notes(w.freelancer.userId, "order.completed", contract.id)).toHaveLength(1);
    // The conversation says which milestone each step was about.
    const chat = await t.db.message.findMany({
      where: { orderId: contract.id, kind: "SYSTEM" },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { body: true, data: true },
    });
    expect(chat.map((message) => message.body)).toEqual([
      "chat:system.order.milestone.paid",
      "chat:system.order.milestone.delivered",
      "chat:system.order.milestone.revisionRequested",
      "chat:system.order.milestone.delivered",
      "chat:system.order.milestone.milestoneAccepted",
      "chat:system.order.milestone.paid",
      "chat:system.order.milestone.delivered",
      "chat:system.order.milestone.revisionRequested",
      "chat:system.order.milestone.delivered",
      "chat:system.order.completed",
    ]);
    expect(chat[5]?.data).toMatchObject({ number: contract.number, position: 2 });
    expect(await findBalanceMismatches(t.db)).toEqual([]);
    expect(await findUnbalancedTransactions(t.db)).toEqual([]);
  });

  it("cancelling after milestone 1 was released refunds only milestone 2 (with its fee share) and cancels what is left", async () => {
    const contract = await createContractOrder(t.db, w, {
      milestones: [
        { title: "Design", amountPaisa: 1_500_000, durationDays: 3 },
        { title: "Build", amountPaisa: 2_500_000, durationDays: 6 },
        { title: "Launch", amountPaisa: 1_000_000, durationDays: 2 },
      ],
    });
    const [m1, m2, m3] = [m(contract, 1), m(contract, 2), m(contract, 3)];
    const before = await balances();
    await payNextMilestone(t.db, contract, 1);
    await deliver(contract);
    await acceptDelivery(t.db, w.client, contract.id);
    await payNextMilestone(t.db, contract, 2);
    const walletBefore = (await balances()).client.wallet;

    const request = await requestCancellation(t.db, w.client, { orderId: contract.id, reason: "The shop is closing." });
    const answered = await answerCancellation(t.db, w.freelancer, { requestId: request.id, accept: true });
    expect(answered.cancelled?.refundedPaisa).toBe(BigInt(m2.amountPaisa + m2.clientFeePaisa));
    expect((await order(contract.id)).status).toBe("CANCELLED");
    expect((await balances()).client.wallet - walletBefore).toBe(BigInt(m2.amountPaisa + m2.clientFeePaisa));
    expect((await Promise.all([m1, m2, m3].map((x) => milestone(x.id)))).map((x) => x.status)).toEqual([
      "APPROVED",
      "CANCELLED",
      "CANCELLED",
    ]);
    // Milestone 1's release stands: the freelancer keeps its net, the platform its fee and share.
    const fee1 = feeOwedAfter(BigInt(m1.amountPaisa), contract);
    expect((await balances()).freelancer.pending - before.freelancer.pending).toBe(BigInt(m1.amountPaisa) - fee1);
    expect(await revenueOf(contract.id)).toBe(BigInt(m1.clientFeePaisa) + fee1);
    expect(await escrowOf(contract.id)).toBe(0n);
    const refund = await t.db.ledgerTransaction.findFirstOrThrow({ where: { orderId: contract.id, kind: "ESCROW_REFUNDED" } });
    expect(refund.milestoneId).toBe(m2.id);
    expect(await findBalanceMismatches(t.db)).toEqual([]);
  });

  it("auto-completes a delivered milestone on its own, and the contract only with the last", async () => {
    const contract = await createContractOrder(t.db, w);
    const [m1, m2] = [m(contract, 1), m(contract, 2)];
    await payNextMilestone(t.db, contract, 1);
    const deliveredAt = new Date();
    await deliver(contract, deliveredAt);
    expect(await autoCompleteDue(t.db, addDays(deliveredAt, 2))).toBe(0);
    expect(await autoCompleteDue(t.db, addDays(deliveredAt, 3))).toBeGreaterThanOrEqual(1);
    expect(await milestone(m1.id)).toMatchObject({ status: "APPROVED", approvedAt: addDays(deliveredAt, 3) });
    expect(await order(contract.id)).toMatchObject({ status: "PENDING_PAYMENT", completedAt: null, autoCompleteAt: null });
    // The timer acted, so both sides are told.
    for (const userId of [w.client.userId, w.freelancer.userId]) {
      expect(await notes(userId, "order.milestoneAccepted", contract.id)).toEqual([expect.objectContaining({ automatic: true })]);
    }
    const event = await t.db.orderEvent.findFirstOrThrow({ where: { orderId: contract.id, kind: "milestoneAccepted" } });
    expect(event.actorId).toBeNull();
    expect(event.data).toMatchObject({ automatic: true, position: 1, milestoneId: m1.id });

    await payNextMilestone(t.db, contract, 2);
    const secondAt = new Date();
    await deliver(contract, secondAt);
    expect(await autoCompleteDue(t.db, addDays(secondAt, 3))).toBeGreaterThanOrEqual(1);
    expect(await order(contract.id)).toMatchObject({ status: "COMPLETED", completedAt: addDays(secondAt, 3) });
    expect(await milestone(m2.id)).toMatchObject({ status: "APPROVED" });
    expect(await revenueOf(contract.id)).toBe(BigInt(contract.clientFeePaisa + contract.freelancerFeePaisa));
  });

  it("pays a placed contract's first milestone by a bank transfer of what is missing, confirmed by an admin", async () => {
    const placed = await t.db.$transaction((tx) =>
      placeContractOrder(tx, {
        source: "OFFER",
        clientId: w.client.userId,
        freelancerId: w.freelancer.userId,
        title: "Menu and signboard",
        requirements: null,
        pricePaisa: 900_000,
        deliveryDays: 8,
        revisionsAllowed: 1,
        milestones: [
          { title: "Menu", amountPaisa: 300_000, dueDays: 3 },
          { title: "Signboard", amountPaisa: 600_000, dueDays: 8 },
        ],
      }),
    );
    const [m1, m2] = await t.db.milestone.findMany({ where: { orderId: placed.id }, orderBy: { position: "asc" } });
    if (!m1 || !m2) throw new Error("the contract has two milestones");
    const due = BigInt(m1.amountPaisa + m1.clientFeePaisa);
    // Part of it is in the wallet already; the transfer covers only the rest of the first milestone.
    await creditWallet(t.db, w.client.userId, 1_000n);
    const pending = await payOrder(t.db, w.client, { orderId: placed.id, method: "manual", rail: "IBAN", reference: `MS${Date.now()}` });
    expect(pending).toMatchObject({ funded: false, funding: { amountPaisa: due - 1_000n } });
    const decided = await confirmFunding(t.db, w.admin, { fundingRequestId: pending.funding?.id ?? "", reason: "Arrived" }, orderFunding);
    expect(decided).toMatchObject({ orderFunded: true, request: { status: "CONFIRMED" } });
    expect(await order(placed.id)).toMatchObject({ status: "IN_PROGRESS" });
    expect(await milestone(m1.id)).toMatchObject({ status: "FUNDED", durationDays: 3 });
    expect(await milestone(m2.id)).toMatchObject({ status: "PENDING" });
    expect(await escrowOf(placed.id)).toBe(BigInt(m1.amountPaisa));
    expect((await balances()).client.wallet).toBe(0n);
  });

  it("lets the client end a contract between milestones (nothing held, nothing refunded), and only then", async () => {
    const contract = await createContractOrder(t.db, w);
    const [m1, m2] = [m(contract, 1), m(contract, 2)];
    await payNextMilestone(t.db, contract, 1);
    await expect(endContract(t.db, w.client, contract.id)).rejects.toMatchObject({
      code: "INVALID_STATE",
      messageKey: "orders:errors.milestones.notBetweenMilestones",
    });
    await deliver(contract);
    await acceptDelivery(t.db, w.client, contract.id);
    await expect(endContract(t.db, w.freelancer, contract.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const postings = await t.db.ledgerTransaction.count({ where: { orderId: contract.id } });

    const ended = await endContract(t.db, w.client, contract.id);
    expect(ended).toMatchObject({ status: "CANCELLED", cancelledMilestones: 1 });
    expect((await milestone(m1.id)).status).toBe("APPROVED");
    expect((await milestone(m2.id)).status).toBe("CANCELLED");
    expect(await t.db.ledgerTransaction.count({ where: { orderId: contract.id } })).toBe(postings);
    expect(await notes(w.freelancer.userId, "order.cancelled", contract.id)).toHaveLength(1);
    await expect(payOrder(t.db, w.client, { orderId: contract.id, method: "sandbox" })).rejects.toMatchObject({ code: "INVALID_STATE" });

    // An order without milestones is not a contract to end; it stays as it was.
    const gigOrder = await createPaidOrder(t.db, w);
    await expect(endContract(t.db, w.client, gigOrder.id)).rejects.toMatchObject({ messageKey: "orders:errors.milestones.notContract" });
    const gigPage = await getOrderPage(t.db, { userId: w.client.userId, isAdmin: false }, gigOrder.id);
    expect(gigPage.milestones).toEqual({ items: [], currentId: null, nextId: null, nextDuePaisa: null });
  });

  it("cancelling an unpaid contract from the pay page ends it: its milestones are cancelled, not left waiting", async () => {
    const contract = await createContractOrder(t.db, w);
    expect(await cancelUnpaidOrder(t.db, { userId: contract.clientId }, contract.id)).toEqual({ id: contract.id, status: "CANCELLED" });
    const milestones = await t.db.milestone.findMany({ where: { orderId: contract.id }, select: { status: true } });
    expect(milestones).toEqual([{ status: "CANCELLED" }, { status: "CANCELLED" }]);
    await expect(cancelUnpaidOrder(t.db, { userId: contract.freelancerId }, contract.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
