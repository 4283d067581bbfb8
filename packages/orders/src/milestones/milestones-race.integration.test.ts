import { createTestDb, type TestDb, testDbKinds } from "@hunar/db/testing";
import { getAccountBalance, getUserBalances, findBalanceMismatches } from "@hunar/payments/ledger/balances";
import { findUnbalancedTransactions } from "@hunar/payments/ledger/integrity";
import { creditWallet } from "@hunar/payments/testing/payment-fixtures";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { payOrder } from "../checkout/pay-order.ts";
import { addDays } from "../order-link.ts";
import { answerCancellation } from "../requests/answer-cancellation.ts";
import { requestCancellation } from "../requests/request-cancellation.ts";
import { createContractOrder, payNextMilestone, type TestContract } from "../testing/contract-fixtures.ts";
import { createOrderWorld, type OrderWorld } from "../testing/order-fixtures.ts";
import { autoCompleteDue } from "../timers/auto-complete-due.ts";
import { acceptDelivery } from "../work/accept-delivery.ts";
import { deliverOrder } from "../work/deliver-order.ts";

// PGlite has one connection, so transactions there never overlap: the races need PostgreSQL.
const onPostgres = testDbKinds().includes("postgres");

/** The two calls, started in the order the round asks, so both orders of arrival are exercised. */
function race<A, B>(round: number, first: () => Promise<A>, second: () => Promise<B>) {
  if (round % 2 === 0) return Promise.allSettled([first(), second()]);
  return Promise.allSettled([second(), first()]).then(([b, a]) => [a, b] as const);
}

describe.skipIf(!onPostgres)("concurrent milestone work, on postgres", () => {
  let testDb: TestDb;
  let w: OrderWorld;
  const db = () => testDb.db;
  const milestoneStatus = async (id: string) => (await db().milestone.findUniqueOrThrow({ where: { id } })).status;
  const orderStatus = async (id: string) => (await db().order.findUniqueOrThrow({ where: { id } })).status;
  const postings = (orderId: string, kind: "ESCROW_FUNDED" | "ESCROW_RELEASED" | "ESCROW_REFUNDED") =>
    db().ledgerTransaction.count({ where: { orderId, kind } });
  const escrowOf = (orderId: string) => getAccountBalance(db(), { type: "ORDER_ESCROW", orderId });
  const first = (c: TestContract) => c.milestones[0] ?? expect.unreachable();
  const deliver = (c: TestContract, now?: Date) => deliverOrder(db(), w.freelancer, { orderId: c.id, message: "Ready for review." }, now);

  beforeAll(async () => {
    testDb = await createTestDb("postgres");
    w = await createOrderWorld(db());
  });
  afterAll(() => testDb.close());

  async function expectLedgerSound() {
    expect(await findBalanceMismatches(db())).toEqual([]);
    expect(await findUnbalancedTransactions(db())).toEqual([]);
  }

  it("two payments of the same milestone at once: it is funded once, the other is refused and spends nothing", async () => {
    for (let round = 0; round < 4; round++) {
      const contract = await createContractOrder(db(), w);
      const m1 = first(contract);
      const due = BigInt(m1.amountPaisa + m1.clientFeePaisa);
      // Enough for both, so only the order lock can stop the second.
      await creditWallet(db(), w.client.userId, due * 2n);
      const walletBefore = (await getUserBalances(db(), w.client.userId)).wallet;
      const pay = () => payOrder(db(), w.client, { orderId: contract.id, method: "wallet" });
      const results = await race(round, pay, pay);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      const refused = results.find((r) => r.status === "rejected");
      expect(refused?.status === "rejected" ? refused.reason : null).toMatchObject({ code: "INVALID_STATE" });
      expect(await postings(contract.id, "ESCROW_FUNDED")).toBe(1);
      expect(await escrowOf(contract.id)).toBe(BigInt(m1.amountPaisa));
      expect(walletBefore - (await getUserBalances(db(), w.client.userId)).wallet).toBe(due);
      expect(await milestoneStatus(m1.id)).toBe("FUNDED");
    }
    await expectLedgerSound();
  });

  it("the client accepting a milestone while the timer fires: it is accepted and released once", async () => {
    for (let round = 0; round < 4; round++) {
      const contract = await createContractOrder(db(), w);
      const m1 = first(contract);
      await payNextMilestone(db(), contract, 1);
      const deliveredAt = new Date();
      await deliver(contract, deliveredAt);
      const due = addDays(deliveredAt, 3);
      const pendingBefore = (await getUserBalances(db(), w.freelancer.userId)).pending;
      const [accepted, swept] = await race(
        round,
        () => acceptDelivery(db(), w.client, contract.id, due),
        () => autoCompleteDue(db(), due, { limit: 5 }),
      );
      expect(swept.status).toBe("fulfilled");
      if (accepted.status === "rejected") expect(accepted.reason).toMatchObject({ code: "INVALID_STATE" });
      expect(await milestoneStatus(m1.id)).toBe("APPROVED");
      expect(await orderStatus(contract.id)).toBe("PENDING_PAYMENT");
      expect(await postings(contract.id, "ESCROW_RELEASED")).toBe(1);
      expect(await db().orderEvent.count({ where: { orderId: contract.id, kind: "milestoneAccepted" } })).toBe(1);
      const release = await db().ledgerEntry.findFirstOrThrow({
        where: { transaction: { orderId: contract.id, kind: "ESCROW_RELEASED" }, account: { type: "FREELANCER_PENDING" } },
      });
      expect((await getUserBalances(db(), w.freelancer.userId)).pending - pendingBefore).toBe(release.amountPaisa);
      expect(await escrowOf(contract.id)).toBe(0n);
    }
    await expectLedgerSound();
  });

  it("a delivery against the cancellation being agreed: either the milestone is delivered or refunded, never both", async () => {
    const outcomes = new Set<string>();
    for (let round = 0; round < 6; round++) {
      const contract = await createContractOrder(db(), w);
      const m1 = first(contract);
      await payNextMilestone(db(), contract, 1);
      const request = await requestCancellation(db(), w.freelancer, { orderId: contract.id, reason: "I am unwell." });
      const walletBefore = (await getUserBalances(db(), w.client.userId)).wallet;
      const [delivered, cancelled] = await race(
        round,
        () => deliver(contract),
        () => answerCancellation(db(), w.client, { requestId: request.id, accept: true }),
      );
      expect([delivered.status, cancelled.status].filter((s) => s === "fulfilled")).toHaveLength(1);
      const status = await orderStatus(contract.id);
      outcomes.add(status);
      if (status === "CANCELLED") {
        expect(await milestoneStatus(m1.id)).toBe("CANCELLED");
        expect(await postings(contract.id, "ESCROW_REFUNDED")).toBe(1);
        expect((await getUserBalances(db(), w.client.userId)).wallet - walletBefore).toBe(BigInt(m1.amountPaisa + m1.clientFeePaisa));
        expect(await escrowOf(contract.id)).toBe(0n);
      } else {
        expect(status).toBe("DELIVERED");
        expect(await milestoneStatus(m1.id)).toBe("DELIVERED");
        expect(await postings(contract.id, "ESCROW_REFUNDED")).toBe(0);
        expect(await escrowOf(contract.id)).toBe(BigInt(m1.amountPaisa));
        // The delivery withdrew the request; accepting the milestone now releases it, nothing else moves.
        await acceptDelivery(db(), w.client, contract.id);
        expect(await escrowOf(contract.id)).toBe(0n);
        expect(await postings(contract.id, "ESCROW_REFUNDED")).toBe(0);
      }
    }
    expect(outcomes.size).toBeGreaterThanOrEqual(1);
    await expectLedgerSound();
  });

  it("accepting the last milestone against cancelling it: one outcome, and the ledger says the same", async () => {
    for (let round = 0; round < 4; round++) {
      const contract = await createContractOrder(db(), w, {
        milestones: [{ title: "All of it", amountPaisa: 1_200_000, durationDays: 4 }],
      });
      const m1 = first(contract);
      await payNextMilestone(db(), contract, 1);
      const request = await requestCancellation(db(), w.client, { orderId: contract.id, reason: "Budget cut." });
      await deliver(contract);
      // A request written just before the delivery committed, still pending when both answers arrive.
      await db().orderRequest.update({ where: { id: request.id }, data: { status: "PENDING", respondedAt: null } });
      const [accepted, cancelled] = await race(
        round,
        () => acceptDelivery(db(), w.client, contract.id),
        () => answerCancellation(db(), w.freelancer, { requestId: request.id, accept: true }),
      );
      // A delivered order cannot be cancelled: the acceptance is the one outcome, whichever ran first.
      expect(accepted.status).toBe("fulfilled");
      expect(cancelled.status === "rejected" ? cancelled.reason : null).toMatchObject({ code: "INVALID_STATE" });
      expect(await orderStatus(contract.id)).toBe("COMPLETED");
      expect(await milestoneStatus(m1.id)).toBe("APPROVED");
      expect(await postings(contract.id, "ESCROW_RELEASED")).toBe(1);
      expect(await postings(contract.id, "ESCROW_REFUNDED")).toBe(0);
      expect(await escrowOf(contract.id)).toBe(0n);
    }
    await expectLedgerSound();
  });
});
