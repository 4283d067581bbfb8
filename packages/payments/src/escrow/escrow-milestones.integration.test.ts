import { testDbKinds } from "@hunar/db/testing";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitClientFee } from "../fees/split-client-fee.ts";
import { findBalanceMismatches, getAccountBalance, getUserBalances } from "../ledger/balances.ts";
import { findUnbalancedTransactions, ledgerTotal } from "../ledger/integrity.ts";
import { withMoneyTransaction } from "../ledger/with-money-transaction.ts";
import { createOrder, createPerson, creditWallet } from "../testing/payment-fixtures.ts";
import { fundEscrow } from "./fund-escrow.ts";
import { fundMilestone } from "./fund-milestone.ts";
import { refundMilestone } from "./refund-milestone.ts";
import { feeOwedAfter } from "./release-fee.ts";
import { releaseMilestone } from "./release-milestone.ts";

const revenue = { type: "PLATFORM_REVENUE" } as const;

describe.each(testDbKinds())("milestone escrow on %s", (kind) => {
  const t = useTestDb(kind);
  const escrowOf = (orderId: string) => getAccountBalance(t.db, { type: "ORDER_ESCROW", orderId });
  const revenueOf = async (orderId: string) =>
    (
      await t.db.ledgerEntry.aggregate({
        where: { account: { type: "PLATFORM_REVENUE" }, transaction: { orderId } },
        _sum: { amountPaisa: true },
      })
    )._sum.amountPaisa ?? 0n;

  /** A contract whose subtotal is the milestones' amounts, with the client fee shared as the contracts package shares it. */
  async function contract(amounts: readonly number[]) {
    const client = await createPerson(t.db, "Saad Rehman");
    const freelancer = await createPerson(t.db, "Ayesha Khan");
    const subtotalPaisa = amounts.reduce((sum, amount) => sum + amount, 0);
    const order = await createOrder(t.db, { clientId: client.userId, freelancerId: freelancer.userId, subtotalPaisa });
    const row = await t.db.order.findUniqueOrThrow({ where: { id: order.id }, select: { clientFeePaisa: true, freelancerFeePaisa: true } });
    const shares = splitClientFee(row.clientFeePaisa, amounts);
    const milestones = [];
    for (const [index, amountPaisa] of amounts.entries()) {
      milestones.push(
        await t.db.milestone.create({
          data: {
            orderId: order.id,
            position: index + 1,
            title: `Part ${index + 1}`,
            amountPaisa,
            clientFeePaisa: shares[index] ?? 0,
            durationDays: 3,
          },
          select: { id: true, amountPaisa: true, clientFeePaisa: true },
        }),
      );
    }
    await creditWallet(t.db, client.userId, BigInt(subtotalPaisa + row.clientFeePaisa));
    return { order: { ...order, ...row, subtotalPaisa }, client, freelancer, milestones };
  }
  const money = <T>(fn: Parameters<typeof withMoneyTransaction<T>>[1]) => withMoneyTransaction(t.db, fn);

  it("funds each milestone with its share, releases each with its part of the fee; the fees add up to the fee on the whole", async () => {
    const { order, client, freelancer, milestones } = await contract([200_000, 300_000, 500_001]);
    const [m1, m2, m3] = milestones as [(typeof milestones)[0], (typeof milestones)[0], (typeof milestones)[0]];
    const revenueBefore = await getAccountBalance(t.db, revenue);
    // A contract is never paid whole.
    await expect(money((tx) => fundEscrow(tx, { orderId: order.id, actorId: client.userId }))).rejects.toMatchObject({
      code: "INVALID_STATE",
    });

    const funded = await money((tx) => fundMilestone(tx, { orderId: order.id, milestoneId: m1.id, actorId: client.userId }));
    expect(funded.replayed).toBe(false);
    expect(await escrowOf(order.id)).toBe(200_000n);
    const fundRow = await t.db.ledgerTransaction.findUniqueOrThrow({ where: { id: funded.transactionId } });
    expect(fundRow).toMatchObject({
      idempotencyKey: `order:${order.id}:milestone:${m1.id}:fund`,
      milestoneId: m1.id,
      kind: "ESCROW_FUNDED",
    });
    expect((await getUserBalances(t.db, client.userId)).wallet).toBe(BigInt(order.totalPaisa - m1.amountPaisa - m1.clientFeePaisa));
    expect(await money((tx) => fundMilestone(tx, { orderId: order.id, milestoneId: m1.id, actorId: client.userId }))).toMatchObject({
      replayed: true,
    });

    const fees: bigint[] = [];
    const r1 = await money((tx) => releaseMilestone(tx, { orderId: order.id, milestoneId: m1.id, actorId: client.userId }));
    expect(r1.amountPaisa).toBe(200_000n);
    expect(r1.feePaisa).toBe(feeOwedAfter(200_000n, order));
    fees.push(r1.feePaisa);
    expect(await money((tx) => releaseMilestone(tx, { orderId: order.id, milestoneId: m1.id, actorId: null }))).toMatchObject({
      replayed: true,
    });
    // Nothing of milestone 2 is in escrow yet.
    await expect(money((tx) => releaseMilestone(tx, { orderId: order.id, milestoneId: m2.id, actorId: null }))).rejects.toMatchObject({
      code: "INVALID_STATE",
    });
    for (const m of [m2, m3]) {
      await money((tx) => fundMilestone(tx, { orderId: order.id, milestoneId: m.id, actorId: client.userId }));
      expect(await escrowOf(order.id)).toBe(BigInt(m.amountPaisa));
      const release = await money((tx) => releaseMilestone(tx, { orderId: order.id, milestoneId: m.id, actorId: null }));
      expect(await t.db.ledgerTransaction.findUniqueOrThrow({ where: { id: release.transactionId } })).toMatchObject({
        idempotencyKey: `order:${order.id}:milestone:${m.id}:release`,
        milestoneId: m.id,
      });
      fees.push(release.feePaisa);
    }
    expect(fees.reduce((a, b) => a + b, 0n)).toBe(BigInt(order.freelancerFeePaisa));
    expect(await escrowOf(order.id)).toBe(0n);
    expect((await getUserBalances(t.db, client.userId)).wallet).toBe(0n);
    expect((await getUserBalances(t.db, freelancer.userId)).pending).toBe(BigInt(order.subtotalPaisa - order.freelancerFeePaisa));
    expect((await getAccountBalance(t.db, revenue)) - revenueBefore).toBe(BigInt(order.clientFeePaisa + order.freelancerFeePaisa));
    expect(await findBalanceMismatches(t.db)).toEqual([]);
    expect(await ledgerTotal(t.db)).toBe(0n);
  });

  it("refunds a funded, unreleased milestone whole (amount and its fee share); a released one keeps its fee", async () => {
    const { order, client, milestones } = await contract([400_000, 600_000, 100_000]);
    const [m1, m2, m3] = milestones as [(typeof milestones)[0], (typeof milestones)[0], (typeof milestones)[0]];
    await money((tx) => fundMilestone(tx, { orderId: order.id, milestoneId: m1.id, actorId: client.userId }));
    const r1 = await money((tx) => releaseMilestone(tx, { orderId: order.id, milestoneId: m1.id, actorId: client.userId }));
    await money((tx) => fundMilestone(tx, { orderId: order.id, milestoneId: m2.id, actorId: client.userId }));
    const walletBefore = (await getUserBalances(t.db, client.userId)).wallet;

    const refund = await money((tx) => refundMilestone(tx, { orderId: order.id, milestoneId: m2.id, actorId: null }));
    expect([refund.amountPaisa, refund.clientFeeReturnedPaisa]).toEqual([600_000n, BigInt(m2.clientFeePaisa)]);
    expect((await getUserBalances(t.db, client.userId)).wallet - walletBefore).toBe(BigInt(m2.amountPaisa + m2.clientFeePaisa));
    expect(await escrowOf(order.id)).toBe(0n);
    // The platform keeps milestone 1's client fee share and its freelancer fee, nothing of milestone 2.
    expect(await revenueOf(order.id)).toBe(BigInt(m1.clientFeePaisa) + r1.feePaisa);
    expect(await money((tx) => refundMilestone(tx, { orderId: order.id, milestoneId: m2.id, actorId: null }))).toMatchObject({
      replayed: true,
    });
    for (const m of [m1, m3]) {
      await expect(money((tx) => refundMilestone(tx, { orderId: order.id, milestoneId: m.id, actorId: null }))).rejects.toMatchObject({
        code: "INVALID_STATE",
      });
    }
    await expect(money((tx) => releaseMilestone(tx, { orderId: order.id, milestoneId: m2.id, actorId: null }))).rejects.toMatchObject({
      code: "INVALID_STATE",
    });
    // Only the client's side may send money back, and strangers do not learn the order exists.
    const stranger = await createPerson(t.db, "Sana Malik");
    await expect(
      money((tx) => refundMilestone(tx, { orderId: order.id, milestoneId: m3.id, actorId: stranger.userId })),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await findUnbalancedTransactions(t.db)).toEqual([]);
    expect(await ledgerTotal(t.db)).toBe(0n);
  });

  it("over random plans, releasing some milestones and refunding the next keeps revenue per order >= 0 and fees proportional", async () => {
    const plan = fc.record({
      amounts: fc.array(fc.integer({ min: 1, max: 2_000_000 }), { minLength: 1, maxLength: 5 }),
      released: fc.nat(5),
      refundNext: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(plan, async ({ amounts, released, refundNext }) => {
        const { order, client, milestones } = await contract(amounts);
        const releasedCount = Math.min(released, milestones.length);
        let releasedPaisa = 0n;
        let fees = 0n;
        for (const m of milestones.slice(0, releasedCount)) {
          await money((tx) => fundMilestone(tx, { orderId: order.id, milestoneId: m.id, actorId: client.userId }));
          fees += (await money((tx) => releaseMilestone(tx, { orderId: order.id, milestoneId: m.id, actorId: null }))).feePaisa;
          releasedPaisa += BigInt(m.amountPaisa);
        }
        const next = milestones[releasedCount];
        if (next && refundNext) {
          await money((tx) => fundMilestone(tx, { orderId: order.id, milestoneId: next.id, actorId: client.userId }));
          await money((tx) => refundMilestone(tx, { orderId: order.id, milestoneId: next.id, actorId: null }));
        }
        expect(fees).toBe(feeOwedAfter(releasedPaisa, order));
        const sharesKept = milestones.slice(0, releasedCount).reduce((sum, m) => sum + BigInt(m.clientFeePaisa), 0n);
        expect(await revenueOf(order.id)).toBe(sharesKept + fees);
        expect(await escrowOf(order.id)).toBe(0n);
        if (releasedCount === milestones.length) expect(fees).toBe(BigInt(order.freelancerFeePaisa));
      }),
      { numRuns: kind === "postgres" ? 15 : 8, endOnFailure: true },
    );
    expect(await findBalanceMismatches(t.db)).toEqual([]);
    expect(await findUnbalancedTransactions(t.db)).toEqual([]);
    expect(await ledgerTotal(t.db)).toBe(0n);
  });
});
