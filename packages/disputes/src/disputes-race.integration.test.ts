import { createTestDb, type TestDb, testDbKinds } from "@hunar/db/testing";
import { findBalanceMismatches, getAccountBalance } from "@hunar/payments/ledger/balances";
import { findUnbalancedTransactions } from "@hunar/payments/ledger/integrity";
import { acceptDelivery } from "@hunar/orders/work/accept-delivery";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appealDispute } from "./decisions/appeal-dispute.ts";
import { decideAppeal } from "./decisions/decide-appeal.ts";
import { decideDispute } from "./decisions/decide-dispute.ts";
import { openDispute } from "./open-dispute.ts";
import { answerSettlement } from "./settlement/answer-settlement.ts";
import { proposeSettlement } from "./settlement/propose-settlement.ts";
import { createAnsweredDispute, createDisputeWorld, type DisputeWorld } from "./testing/dispute-fixtures.ts";
import { createDeliveredOrder } from "@hunar/orders/testing/order-fixtures";
import { createPerson } from "@hunar/payments/testing/payment-fixtures";

// PGlite has one connection, so transactions there never overlap: the races need PostgreSQL.
const onPostgres = testDbKinds().includes("postgres");
const REASON = "Both sides delivered part of what they agreed.";

/** The two calls, started in the order the round asks, so both orders of arrival are exercised. */
function race<A, B>(round: number, first: () => Promise<A>, second: () => Promise<B>) {
  if (round % 2 === 0) return Promise.allSettled([first(), second()]);
  return Promise.allSettled([second(), first()]).then(([b, a]) => [a, b] as const);
}

describe.skipIf(!onPostgres)("concurrent dispute outcomes, on postgres", () => {
  let testDb: TestDb;
  let w: DisputeWorld;
  const db = () => testDb.db;
  const settledPostings = (disputeId: string) => db().ledgerTransaction.count({ where: { disputeId } });
  const escrowOf = (orderId: string) => getAccountBalance(db(), { type: "ORDER_ESCROW", orderId });

  beforeAll(async () => {
    testDb = await createTestDb("postgres");
    w = await createDisputeWorld(db());
  });
  afterAll(() => testDb.close());

  async function expectLedgerSound() {
    expect(await findBalanceMismatches(db())).toEqual([]);
    expect(await findUnbalancedTransactions(db())).toEqual([]);
  }

  it("two admins deciding at once: one decision, one posting, the other refused", async () => {
    for (let round = 0; round < 4; round++) {
      const { order, disputeId } = await createAnsweredDispute(db(), w);
      const results = await race(
        round,
        () => decideDispute(db(), w.admin, { disputeId, resolution: "RELEASE", reason: REASON }),
        () => decideDispute(db(), w.secondAdmin, { disputeId, resolution: "REFUND", reason: REASON }),
      );
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      const refused = results.find((r) => r.status === "rejected");
      expect(refused?.status === "rejected" ? refused.reason : null).toMatchObject({ messageKey: "disputes:errors.decide.alreadyDecided" });
      expect(await settledPostings(disputeId)).toBe(1);
      expect(await db().disputeDecision.count({ where: { disputeId } })).toBe(1);
      const status = (await db().order.findUniqueOrThrow({ where: { id: order.id } })).status;
      const won = (await db().dispute.findUniqueOrThrow({ where: { id: disputeId } })).resolution;
      expect(status).toBe(won === "RELEASE" ? "COMPLETED" : "CANCELLED");
      expect(await escrowOf(order.id)).toBe(0n);
    }
    await expectLedgerSound();
  });

  it("a party accepting a split while an admin decides: one outcome, and the ledger matches it", async () => {
    for (let round = 0; round < 4; round++) {
      const { order, disputeId } = await createAnsweredDispute(db(), w);
      const half = order.subtotalPaisa / 2;
      const { proposalId } = await proposeSettlement(db(), w.freelancer, {
        disputeId,
        freelancerPaisa: half,
        clientPaisa: order.subtotalPaisa - half,
      });
      const results = await race(
        round,
        () => answerSettlement(db(), w.client, { proposalId, answer: "accept" }),
        () => decideDispute(db(), w.admin, { disputeId, resolution: "REFUND", reason: REASON }),
      );
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      const dispute = await db().dispute.findUniqueOrThrow({ where: { id: disputeId } });
      const proposal = await db().disputeProposal.findUniqueOrThrow({ where: { id: proposalId } });
      if (proposal.status === "ACCEPTED") expect(dispute).toMatchObject({ resolution: "SPLIT", releasedPaisa: half, resolvedById: null });
      else expect(dispute).toMatchObject({ resolution: "REFUND", resolvedById: w.admin.userId });
      expect(await settledPostings(disputeId)).toBe(1);
      expect(await escrowOf(order.id)).toBe(0n);
    }
    await expectLedgerSound();
  });

  it("a client's late acceptance of the delivery racing the dispute's opening: the order ends one way only", async () => {
    for (let round = 0; round < 4; round++) {
      const order = await createDeliveredOrder(db(), w);
      const results = await race(
        round,
        () => acceptDelivery(db(), w.client, order.id),
        () =>
          openDispute(db(), w.freelancer, {
            orderId: order.id,
            reason: "OTHER",
            description: "The client keeps asking for unpaid extra work.",
          }),
      );
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      const status = (await db().order.findUniqueOrThrow({ where: { id: order.id } })).status;
      const disputes = await db().dispute.count({ where: { orderId: order.id } });
      if (status === "COMPLETED") expect(disputes).toBe(0);
      else expect([status, disputes]).toEqual(["DISPUTED", 1]);
    }
    await expectLedgerSound();
  });

  it("two admins deciding one appeal at once: one second round, the money moved once", async () => {
    for (let round = 0; round < 2; round++) {
      const { order, disputeId } = await createAnsweredDispute(db(), w);
      const third = await createPerson(db(), `Third Admin ${round}`, { isAdmin: true });
      await decideDispute(db(), w.admin, { disputeId, resolution: "RELEASE", reason: REASON });
      await appealDispute(db(), w.client, { disputeId, reason: "The work never matched the brief." });
      const results = await race(
        round,
        () => decideAppeal(db(), w.secondAdmin, { disputeId, resolution: "REFUND", reason: REASON }),
        () => decideAppeal(db(), third, { disputeId, resolution: "REFUND", reason: REASON }),
      );
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      expect(await settledPostings(disputeId)).toBe(2);
      expect((await db().order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("CANCELLED");
    }
    await expectLedgerSound();
  });
});
