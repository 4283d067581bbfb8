import { testDbKinds } from "@hunar/db/testing";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import type { Tx } from "@hunar/db/types";
import { describe, expect, it } from "vitest";
import { findBalanceMismatches, getAccountBalance, getUserBalances } from "../ledger/balances.ts";
import { ledgerTotal } from "../ledger/integrity.ts";
import { withMoneyTransaction } from "../ledger/with-money-transaction.ts";
import { createOrder, createPerson, creditWallet, giveAvailableEarnings } from "../testing/payment-fixtures.ts";
import { clearDueEarnings } from "./clear-due-earnings.ts";
import { fundEscrow } from "./fund-escrow.ts";
import { refundEscrow } from "./refund-escrow.ts";
import { releaseEscrow } from "./release-escrow.ts";

const revenue = { type: "PLATFORM_REVENUE" } as const;

describe.each(testDbKinds())("escrow on %s", (kind) => {
  const t = useTestDb(kind);
  const parties = async () => ({ client: await createPerson(t.db, "Saad Rehman"), freelancer: await createPerson(t.db, "Ayesha Khan") });
  const escrowOf = (orderId: string) => getAccountBalance(t.db, { type: "ORDER_ESCROW", orderId });

  it("funds from the wallet, releases net of the fee, clears after the clearance period", async () => {
    const { client, freelancer } = await parties();
    const order = await createOrder(t.db, { clientId: client.userId, freelancerId: freelancer.userId, subtotalPaisa: 500_000 });
    await creditWallet(t.db, client.userId, 600_000n);
    const revenueBefore = await getAccountBalance(t.db, revenue);

    const funded = await withMoneyTransaction(t.db, (tx) => fundEscrow(tx, { orderId: order.id, actorId: client.userId }));
    expect(funded.replayed).toBe(false);
    expect((await getUserBalances(t.db, client.userId)).wallet).toBe(90_000n);
    expect(await escrowOf(order.id)).toBe(500_000n);
    // Money only: the order's status is the orders package's to change.
    expect((await t.db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("PENDING_PAYMENT");

    const releasedAt = new Date("2026-03-01T10:00:00Z");
    const release = await withMoneyTransaction(t.db, (tx) =>
      releaseEscrow(tx, { orderId: order.id, actorId: client.userId, now: releasedAt }),
    );
    expect([release.amountPaisa, release.feePaisa, release.netPaisa]).toEqual([500_000n, 25_000n, 475_000n]);
    expect(release.clearsAt?.toISOString()).toBe("2026-03-08T10:00:00.000Z");
    expect(await escrowOf(order.id)).toBe(0n);
    expect(await getUserBalances(t.db, freelancer.userId)).toMatchObject({ pending: 475_000n, available: 0n });
    expect((await getAccountBalance(t.db, revenue)) - revenueBefore).toBe(35_000n);

    expect(await clearDueEarnings(t.db, new Date("2026-03-08T09:59:59Z"))).toBe(0);
    expect(await clearDueEarnings(t.db, new Date("2026-03-08T10:00:00Z"))).toBeGreaterThanOrEqual(1);
    expect(await getUserBalances(t.db, freelancer.userId)).toMatchObject({ pending: 0n, available: 475_000n });
    expect(await clearDueEarnings(t.db, new Date("2026-03-09T00:00:00Z"))).toBe(0);
    const cleared = await t.db.ledgerTransaction.findUniqueOrThrow({ where: { idempotencyKey: `release:${release.transactionId}:clear` } });
    expect(cleared.createdAt.toISOString()).toBe("2026-03-08T10:00:00.000Z");
    expect(await findBalanceMismatches(t.db)).toEqual([]);
    expect(await ledgerTotal(t.db)).toBe(0n);
  });

  it("refunds an untouched escrow in full with the client fee", async () => {
    const { client, freelancer } = await parties();
    const order = await createOrder(t.db, {
      clientId: client.userId,
      freelancerId: freelancer.userId,
      subtotalPaisa: 200_000,
      status: "IN_PROGRESS",
    });
    expect((await getUserBalances(t.db, client.userId)).wallet).toBe(0n);
    const refund = await withMoneyTransaction(t.db, (tx) => refundEscrow(tx, { orderId: order.id, actorId: freelancer.userId }));
    expect(refund.clientFeeReturnedPaisa).toBe(4_000n);
    expect((await getUserBalances(t.db, client.userId)).wallet).toBe(204_000n);
    expect(await escrowOf(order.id)).toBe(0n);
  });

  it("splits: fees add up to the order's fee, a partial refund keeps the client fee, nothing beyond escrow moves", async () => {
    const { client, freelancer } = await parties();
    const order = await createOrder(t.db, {
      clientId: client.userId,
      freelancerId: freelancer.userId,
      subtotalPaisa: 100_001,
      status: "IN_PROGRESS",
    });
    const admin = await createPerson(t.db, "Hunar Admin", { isAdmin: true });
    const first = await withMoneyTransaction(t.db, (tx) =>
      releaseEscrow(tx, { orderId: order.id, actorId: admin.userId, amountPaisa: 33_333n }),
    );
    const refund = await withMoneyTransaction(t.db, (tx) =>
      refundEscrow(tx, { orderId: order.id, actorId: admin.userId, amountPaisa: 30_000n }),
    );
    expect(refund.clientFeeReturnedPaisa).toBe(0n);
    await expect(
      withMoneyTransaction(t.db, (tx) => releaseEscrow(tx, { orderId: order.id, actorId: admin.userId, amountPaisa: 36_669n })),
    ).rejects.toMatchObject({ code: "CONFLICT", messageKey: "payments:errors.ledger.amountExceedsEscrow" });
    const rest = await withMoneyTransaction(t.db, (tx) => releaseEscrow(tx, { orderId: order.id, actorId: client.userId }));
    expect(rest.amountPaisa).toBe(36_668n);
    // Fees are proportional to what was released: 5,000 * 70,001 / 100,001 = 3,500.02 -> 3,500.
    expect(first.feePaisa + rest.feePaisa).toBe(3_500n);
    expect((await getUserBalances(t.db, client.userId)).wallet).toBe(30_000n);
    expect(await escrowOf(order.id)).toBe(0n);
    await expect(withMoneyTransaction(t.db, (tx) => refundEscrow(tx, { orderId: order.id, actorId: admin.userId }))).rejects.toMatchObject({
      messageKey: "payments:errors.ledger.orderNotFunded",
    });
  });

  it("lets each party move money only towards the other, and strangers not at all", async () => {
    const { client, freelancer } = await parties();
    const stranger = await createPerson(t.db, "Bilal Stranger");
    const order = await createOrder(t.db, {
      clientId: client.userId,
      freelancerId: freelancer.userId,
      subtotalPaisa: 50_000,
      status: "IN_PROGRESS",
    });
    const attempt = (fn: (tx: Tx, input: { orderId: string; actorId: string }) => Promise<unknown>, actorId: string) =>
      withMoneyTransaction(t.db, (tx) => fn(tx, { orderId: order.id, actorId }));
    await expect(attempt(releaseEscrow, freelancer.userId)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(attempt(refundEscrow, client.userId)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(attempt(releaseEscrow, stranger.userId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(attempt(refundEscrow, stranger.userId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await escrowOf(order.id)).toBe(50_000n);
  });

  it("funds an order once, only for its client or an admin, only from enough balance", async () => {
    const { client, freelancer } = await parties();
    const order = await createOrder(t.db, { clientId: client.userId, freelancerId: freelancer.userId, subtotalPaisa: 100_000 });
    const fund = (actorId: string) => withMoneyTransaction(t.db, (tx) => fundEscrow(tx, { orderId: order.id, actorId }));
    await expect(fund(freelancer.userId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await creditWallet(t.db, client.userId, 101_999n);
    await expect(fund(client.userId)).rejects.toMatchObject({ code: "CONFLICT", messageKey: "payments:errors.ledger.insufficientFunds" });
    expect(await escrowOf(order.id)).toBe(0n);
    await creditWallet(t.db, client.userId, 1n);
    expect((await fund(client.userId)).replayed).toBe(false);
    await creditWallet(t.db, client.userId, 102_000n);
    // The second payment of one order replays the first: its key is the order's.
    expect((await fund(client.userId)).replayed).toBe(true);
    expect((await getUserBalances(t.db, client.userId)).wallet).toBe(102_000n);
    expect(await escrowOf(order.id)).toBe(100_000n);
    await expect(
      withMoneyTransaction(t.db, (tx) => fundEscrow(tx, { orderId: "no-such-order", actorId: client.userId })),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("gives a freelancer exactly the available earnings asked for (fixture)", async () => {
    const freelancer = await createPerson(t.db, "Fixture Freelancer");
    await giveAvailableEarnings(t.db, freelancer.userId, 123_457n);
    expect(await getUserBalances(t.db, freelancer.userId)).toMatchObject({ available: 123_457n, pending: 0n });
  });
});
