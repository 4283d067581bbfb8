import { testDbKinds } from "@hunar/db/testing";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { addDays } from "@hunar/orders/order-link";
import { createCompletedOrder, createDeliveredOrder, createPaidOrder } from "@hunar/orders/testing/order-fixtures";
import { createContractOrder, payNextMilestone } from "@hunar/orders/testing/contract-fixtures";
import { placeGigOrder } from "@hunar/orders/checkout/place-gig-order";
import { clearDueEarnings } from "@hunar/payments/escrow/clear-due-earnings";
import { getUserBalances } from "@hunar/payments/ledger/balances";
import { findUnbalancedTransactions, ledgerTotal } from "@hunar/payments/ledger/integrity";
import { creditWallet } from "@hunar/payments/testing/payment-fixtures";
import { beforeAll, describe, expect, it } from "vitest";
import { appealDispute } from "./decisions/appeal-dispute.ts";
import { decideAppeal } from "./decisions/decide-appeal.ts";
import { decideDispute } from "./decisions/decide-dispute.ts";
import { openDispute } from "./open-dispute.ts";
import { postToDispute } from "./post-to-dispute.ts";
import { countDisputeQueue, listDisputeQueue } from "./read/dispute-queue.ts";
import { getDisputePage } from "./read/get-dispute-page.ts";
import { answerSettlement } from "./settlement/answer-settlement.ts";
import { proposeSettlement } from "./settlement/propose-settlement.ts";
import { createAnsweredDispute, createDisputeWorld, type DisputeWorld, orderRevenue } from "./testing/dispute-fixtures.ts";

const DESCRIPTION = "The logo has the wrong colours and no Urdu wordmark.";
const REASON = "Two of the three agreed logo files were delivered; the third was not.";

describe.each(testDbKinds())("disputes on %s", (kind) => {
  const t = useTestDb(kind);
  let w: DisputeWorld;
  const order = (id: string) => t.db.order.findUniqueOrThrow({ where: { id } });
  const dispute = (id: string) => t.db.dispute.findUniqueOrThrow({ where: { id } });
  const notified = (userId: string, kind: string) =>
    t.db.notification.findMany({ where: { userId, kind }, select: { data: true, link: true } });
  const expectLedgerWhole = async () => {
    expect(await findUnbalancedTransactions(t.db)).toEqual([]);
    expect(await ledgerTotal(t.db)).toBe(0n);
  };

  beforeAll(async () => {
    w = await createDisputeWorld(t.db);
  });

  describe("opening", () => {
    it("freezes a delivered order: DISPUTED, the escrow recorded, the account as the first post, the other party given three days", async () => {
      const delivered = await createDeliveredOrder(t.db, w);
      const now = new Date();
      const opened = await openDispute(
        t.db,
        w.client,
        { orderId: delivered.id, reason: "NOT_AS_DESCRIBED", description: `  ${DESCRIPTION}  ` },
        now,
      );
      expect(opened.answerDueAt).toEqual(addDays(now, 3));
      expect(await order(delivered.id)).toMatchObject({ status: "DISPUTED" });
      expect(await dispute(opened.disputeId)).toMatchObject({
        status: "OPEN",
        openedById: w.client.userId,
        previousOrderStatus: "DELIVERED",
        escrowPaisa: delivered.subtotalPaisa,
        description: DESCRIPTION,
      });
      const page = await getDisputePage(t.db, w.freelancer, opened.disputeId);
      expect(page.posts).toEqual([expect.objectContaining({ authorId: w.client.userId, statement: DESCRIPTION })]);
      expect(page.can).toMatchObject({ post: true, propose: true, decide: false, appeal: false });
      expect(await notified(w.freelancer.userId, "dispute.opened")).toEqual([
        expect.objectContaining({ link: `/disputes/${opened.disputeId}` }),
      ]);
      const events = await t.db.orderEvent.findMany({ where: { orderId: delivered.id, kind: "disputeOpened" } });
      expect(events).toHaveLength(1);
    });

    it("refuses an unfunded, a completed and an already disputed order, and a stranger, changing nothing", async () => {
      const unpaid = await placeGigOrder(t.db, w.client, { gigId: w.gigId, tier: "BASIC" });
      await expect(openDispute(t.db, w.client, { orderId: unpaid.id, reason: "OTHER", description: DESCRIPTION })).rejects.toMatchObject({
        code: "INVALID_STATE",
        messageKey: "disputes:errors.open.notOpenable",
      });
      const completed = await createCompletedOrder(t.db, w);
      await expect(openDispute(t.db, w.client, { orderId: completed.id, reason: "OTHER", description: DESCRIPTION })).rejects.toMatchObject(
        {
          messageKey: "disputes:errors.open.notOpenable",
        },
      );
      const paid = await createPaidOrder(t.db, w);
      await expect(openDispute(t.db, w.stranger, { orderId: paid.id, reason: "OTHER", description: DESCRIPTION })).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
      await openDispute(t.db, w.freelancer, { orderId: paid.id, reason: "UNRESPONSIVE", description: DESCRIPTION });
      await expect(openDispute(t.db, w.client, { orderId: paid.id, reason: "OTHER", description: DESCRIPTION })).rejects.toMatchObject({
        messageKey: "disputes:errors.open.alreadyDisputed",
      });
      expect(await t.db.dispute.count({ where: { orderId: { in: [unpaid.id, completed.id] } } })).toBe(0);
      expect(await t.db.dispute.count({ where: { orderId: paid.id } })).toBe(1);
    });

    it("refuses a missing reason, a too short account and someone else's file on the fields", async () => {
      const paid = await createPaidOrder(t.db, w);
      await expect(openDispute(t.db, w.client, { orderId: paid.id, reason: "BAD" as never, description: "short" })).rejects.toMatchObject({
        code: "BAD_INPUT",
        fields: { reason: { key: "disputes:errors.reasonRequired" }, description: { key: "disputes:errors.tooShort" } },
      });
      const file = await t.db.attachment.create({
        data: {
          uploaderId: w.freelancer.userId,
          storageKey: "deliveries/ab/abcdef.png",
          fileName: "x.png",
          mimeType: "image/png",
          byteSize: 10,
        },
      });
      await expect(
        openDispute(t.db, w.client, { orderId: paid.id, reason: "OTHER", description: DESCRIPTION, attachmentIds: [file.id] }),
      ).rejects.toMatchObject({ fields: { attachmentIds: { key: "disputes:errors.files.unknown" } } });
      expect(await order(paid.id)).toMatchObject({ status: "IN_PROGRESS" });
    });

    it("takes the opener's own evidence files onto the first post", async () => {
      const paid = await createPaidOrder(t.db, w);
      const file = await t.db.attachment.create({
        data: {
          uploaderId: w.client.userId,
          storageKey: "deliveries/cd/cdef01.png",
          fileName: "proof.png",
          mimeType: "image/png",
          byteSize: 10,
        },
      });
      const { disputeId } = await openDispute(t.db, w.client, {
        orderId: paid.id,
        reason: "OTHER",
        description: DESCRIPTION,
        attachmentIds: [file.id],
      });
      const page = await getDisputePage(t.db, w.admin, disputeId);
      expect(page.viewer.role).toBe("admin");
      expect(page.posts[0]?.files).toEqual([expect.objectContaining({ id: file.id, fileName: "proof.png" })]);
    });
  });

  describe("the thread", () => {
    it("counts the other party's first post as their answer, and lets an admin post; a stranger is told nothing exists", async () => {
      const delivered = await createDeliveredOrder(t.db, w);
      const { disputeId } = await openDispute(t.db, w.client, { orderId: delivered.id, reason: "LATE_DELIVERY", description: DESCRIPTION });
      const answer = await postToDispute(t.db, w.freelancer, { disputeId, statement: "I delivered on the agreed day." });
      expect(answer.answered).toBe(true);
      expect(await dispute(disputeId)).toMatchObject({ status: "UNDER_REVIEW" });
      expect(await notified(w.client.userId, "dispute.answered")).not.toHaveLength(0);
      expect((await postToDispute(t.db, w.freelancer, { disputeId, statement: "And here is more." })).answered).toBe(false);
      await postToDispute(t.db, w.admin, { disputeId, statement: "Please both share the brief." });
      await expect(postToDispute(t.db, w.stranger, { disputeId, statement: "Hello" })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(getDisputePage(t.db, w.stranger, disputeId)).rejects.toMatchObject({ code: "NOT_FOUND" });
      expect((await getDisputePage(t.db, w.client, disputeId)).posts.map((p) => p.authorId)).toEqual([
        w.client.userId,
        w.freelancer.userId,
        w.freelancer.userId,
        w.admin.userId,
      ]);
    });
  });

  describe("settling between the parties", () => {
    it("resolves with no admin when the other party accepts a split: money moved, order completed, not appealable", async () => {
      const { order: disputed, disputeId } = await createAnsweredDispute(t.db, w);
      const before = { client: await getUserBalances(t.db, w.client.userId), freelancer: await getUserBalances(t.db, w.freelancer.userId) };
      const toFreelancer = Math.round(disputed.subtotalPaisa * 0.7);
      const { proposalId } = await proposeSettlement(t.db, w.freelancer, {
        disputeId,
        freelancerPaisa: toFreelancer,
        clientPaisa: disputed.subtotalPaisa - toFreelancer,
      });
      await expect(answerSettlement(t.db, w.freelancer, { proposalId, answer: "accept" })).rejects.toMatchObject({
        messageKey: "disputes:errors.settlement.ownProposal",
      });
      expect(await answerSettlement(t.db, w.client, { proposalId, answer: "accept" })).toEqual({ status: "ACCEPTED" });
      expect(await dispute(disputeId)).toMatchObject({
        status: "RESOLVED",
        resolution: "SPLIT",
        resolvedById: null,
        releasedPaisa: toFreelancer,
      });
      expect(await order(disputed.id)).toMatchObject({ status: "COMPLETED" });
      const after = { client: await getUserBalances(t.db, w.client.userId), freelancer: await getUserBalances(t.db, w.freelancer.userId) };
      expect(after.client.wallet - before.client.wallet).toBe(BigInt(disputed.subtotalPaisa - toFreelancer));
      const fee = await orderRevenue(t.db, disputed.id);
      expect(after.freelancer.pending - before.freelancer.pending).toBeGreaterThan(0n);
      expect(fee).toBeGreaterThan(0n);
      await expect(appealDispute(t.db, w.client, { disputeId, reason: "I changed my mind about this." })).rejects.toMatchObject({
        messageKey: "disputes:errors.appeal.agreed",
      });
      await expectLedgerWhole();
    });

    it("refuses a split that does not add up or is negative; a newer proposal supersedes the waiting one; a declined one tells the proposer", async () => {
      const { order: disputed, disputeId } = await createAnsweredDispute(t.db, w);
      await expect(
        proposeSettlement(t.db, w.client, { disputeId, freelancerPaisa: 100, clientPaisa: disputed.subtotalPaisa }),
      ).rejects.toMatchObject({ code: "BAD_INPUT", fields: { freelancerPaisa: { key: "disputes:errors.split.mismatch" } } });
      await expect(
        proposeSettlement(t.db, w.client, { disputeId, freelancerPaisa: -100, clientPaisa: disputed.subtotalPaisa + 100 }),
      ).rejects.toMatchObject({ code: "BAD_INPUT", fields: { freelancerPaisa: { key: "disputes:errors.amountNegative" } } });
      const first = await proposeSettlement(t.db, w.client, { disputeId, freelancerPaisa: 0, clientPaisa: disputed.subtotalPaisa });
      const second = await proposeSettlement(t.db, w.freelancer, { disputeId, freelancerPaisa: disputed.subtotalPaisa, clientPaisa: 0 });
      expect(await t.db.disputeProposal.findUniqueOrThrow({ where: { id: first.proposalId } })).toMatchObject({ status: "SUPERSEDED" });
      await expect(answerSettlement(t.db, w.freelancer, { proposalId: first.proposalId, answer: "accept" })).rejects.toMatchObject({
        messageKey: "disputes:errors.settlement.notPending",
      });
      await answerSettlement(t.db, w.client, { proposalId: second.proposalId, answer: "decline" });
      expect(await notified(w.freelancer.userId, "dispute.proposalDeclined")).not.toHaveLength(0);
      expect(await dispute(disputeId)).toMatchObject({ status: "UNDER_REVIEW" });
    });
  });

  describe("an admin's decision", () => {
    it("splits 60/40 with a reason: the ledger moves once, fees as for a partial release, both told, the order complete, audited", async () => {
      const { order: disputed, disputeId } = await createAnsweredDispute(t.db, w);
      const before = { client: await getUserBalances(t.db, w.client.userId), freelancer: await getUserBalances(t.db, w.freelancer.userId) };
      const revenueBefore = await orderRevenue(t.db, disputed.id);
      const freelancerPaisa = (disputed.subtotalPaisa * 6) / 10;
      const clientPaisa = disputed.subtotalPaisa - freelancerPaisa;
      const now = new Date();
      const decided = await decideDispute(
        t.db,
        w.admin,
        { disputeId, resolution: "SPLIT", freelancerPaisa, clientPaisa, reason: REASON },
        now,
      );
      expect(decided).toMatchObject({ resolution: "SPLIT", freelancerPaisa, clientPaisa, appealUntil: addDays(now, 7) });
      const fee = BigInt(
        Math.floor((disputed.freelancerFeePaisa * freelancerPaisa * 2 + disputed.subtotalPaisa) / (2 * disputed.subtotalPaisa)),
      );
      const after = { client: await getUserBalances(t.db, w.client.userId), freelancer: await getUserBalances(t.db, w.freelancer.userId) };
      expect(after.client.wallet - before.client.wallet).toBe(BigInt(clientPaisa));
      expect(after.freelancer.pending - before.freelancer.pending).toBe(BigInt(freelancerPaisa) - fee);
      expect((await orderRevenue(t.db, disputed.id)) - revenueBefore).toBe(fee);
      expect(await order(disputed.id)).toMatchObject({ status: "COMPLETED" });
      expect(await dispute(disputeId)).toMatchObject({
        status: "RESOLVED",
        resolution: "SPLIT",
        resolvedById: w.admin.userId,
        resolutionNote: REASON,
      });
      const release = await t.db.ledgerTransaction.findFirstOrThrow({ where: { disputeId } });
      expect(release).toMatchObject({ kind: "DISPUTE_SETTLED", createdById: w.admin.userId });
      expect(release.clearsAt!.getTime()).toBeGreaterThanOrEqual(addDays(now, 7).getTime());
      const audit = await t.db.auditLog.findMany({ where: { targetType: "Dispute", targetId: disputeId } });
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ action: "dispute.decide", actorId: w.admin.userId, reason: REASON });
      expect(audit[0]?.data).toMatchObject({
        before: { status: "UNDER_REVIEW" },
        after: { freelancerPaisa, clientPaisa, resolution: "SPLIT" },
      });
      for (const party of [w.client, w.freelancer]) expect(await notified(party.userId, "dispute.decided")).not.toHaveLength(0);
      await expectLedgerWhole();
    });

    it("refunds all of untouched work with the client fee, and releases all with the whole fee", async () => {
      const refunded = await createAnsweredDispute(t.db, w);
      const full = await t.db.order.findUniqueOrThrow({ where: { id: refunded.order.id } });
      const wallet = (await getUserBalances(t.db, w.client.userId)).wallet;
      await decideDispute(t.db, w.admin, { disputeId: refunded.disputeId, resolution: "REFUND", reason: REASON });
      expect((await getUserBalances(t.db, w.client.userId)).wallet - wallet).toBe(BigInt(full.subtotalPaisa + full.clientFeePaisa));
      expect(await orderRevenue(t.db, full.id)).toBe(0n);
      expect(await order(full.id)).toMatchObject({ status: "CANCELLED" });

      const released = await createAnsweredDispute(t.db, w);
      await decideDispute(t.db, w.admin, { disputeId: released.disputeId, resolution: "RELEASE", reason: REASON });
      const releasedOrder = await t.db.order.findUniqueOrThrow({ where: { id: released.order.id } });
      expect(await orderRevenue(t.db, releasedOrder.id)).toBe(BigInt(releasedOrder.clientFeePaisa + releasedOrder.freelancerFeePaisa));
      await expectLedgerWhole();
    });

    it("waits for the answer or its three days; refuses a party admin, a non-admin, bad amounts, no reason and a second decision", async () => {
      const delivered = await createDeliveredOrder(t.db, w);
      const now = new Date();
      const { disputeId } = await openDispute(t.db, w.client, { orderId: delivered.id, reason: "OTHER", description: DESCRIPTION }, now);
      await expect(decideDispute(t.db, w.admin, { disputeId, resolution: "REFUND", reason: REASON }, now)).rejects.toMatchObject({
        messageKey: "disputes:errors.decide.awaitingAnswer",
      });
      const later = addDays(now, 3.1);
      await expect(decideDispute(t.db, w.client, { disputeId, resolution: "REFUND", reason: REASON }, later)).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
      await expect(
        decideDispute(t.db, w.admin, { disputeId, resolution: "SPLIT", freelancerPaisa: 1, clientPaisa: 1, reason: REASON }, later),
      ).rejects.toMatchObject({ fields: { freelancerPaisa: { key: "disputes:errors.split.mismatch" } } });
      await expect(
        decideDispute(
          t.db,
          w.admin,
          { disputeId, resolution: "SPLIT", freelancerPaisa: delivered.subtotalPaisa, clientPaisa: 0, reason: REASON },
          later,
        ),
      ).rejects.toMatchObject({ fields: { freelancerPaisa: { key: "disputes:errors.split.bothSides" } } });
      await expect(decideDispute(t.db, w.admin, { disputeId, resolution: "REFUND", reason: "  " }, later)).rejects.toMatchObject({
        fields: { reason: { key: "disputes:errors.decisionReasonRequired" } },
      });
      expect(await dispute(disputeId)).toMatchObject({ status: "OPEN" });
      expect(await t.db.ledgerTransaction.count({ where: { disputeId } })).toBe(0);
      await decideDispute(t.db, w.admin, { disputeId, resolution: "REFUND", reason: REASON }, later);
      await expect(decideDispute(t.db, w.secondAdmin, { disputeId, resolution: "RELEASE", reason: REASON }, later)).rejects.toMatchObject({
        messageKey: "disputes:errors.decide.alreadyDecided",
      });
    });

    it("never lets an admin decide a dispute about their own order", async () => {
      const ownOrder = await createPaidOrder(t.db, w, { client: w.admin });
      const { disputeId } = await openDispute(t.db, w.admin, { orderId: ownOrder.id, reason: "OTHER", description: DESCRIPTION });
      await postToDispute(t.db, w.freelancer, { disputeId, statement: "I am working on it." });
      await expect(decideDispute(t.db, w.admin, { disputeId, resolution: "REFUND", reason: REASON })).rejects.toMatchObject({
        code: "FORBIDDEN",
        messageKey: "disputes:errors.decide.ownDispute",
      });
      expect((await getDisputePage(t.db, w.admin, disputeId)).can.decide).toBe(false);
    });

    it("ends a contract on the disputed milestone: a refund gives back its amount and fee share, the milestones after it are cancelled", async () => {
      const contract = await createContractOrder(t.db, w);
      await payNextMilestone(t.db, contract, 1);
      const first = contract.milestones[0]!;
      const wallet = (await getUserBalances(t.db, w.client.userId)).wallet;
      const { disputeId } = await openDispute(t.db, w.freelancer, {
        orderId: contract.id,
        reason: "UNRESPONSIVE",
        description: DESCRIPTION,
      });
      expect(await dispute(disputeId)).toMatchObject({ milestoneId: first.id, escrowPaisa: first.amountPaisa });
      await postToDispute(t.db, w.client, { disputeId, statement: "I could not reach the freelancer." });
      await decideDispute(t.db, w.admin, { disputeId, resolution: "REFUND", reason: REASON });
      expect((await getUserBalances(t.db, w.client.userId)).wallet - wallet).toBe(BigInt(first.amountPaisa + first.clientFeePaisa));
      const milestones = await t.db.milestone.findMany({ where: { orderId: contract.id }, orderBy: { position: "asc" } });
      expect(milestones.map((m) => m.status)).toEqual(["CANCELLED", "CANCELLED"]);
      expect(await order(contract.id)).toMatchObject({ status: "CANCELLED" });
      await expectLedgerWhole();
    });
  });

  describe("appeals", () => {
    it("once within 7 days, decided by a different admin, who may change the outcome: money moves again and the order follows", async () => {
      const { order: disputed, disputeId } = await createAnsweredDispute(t.db, w);
      const now = new Date();
      const freelancerPaisa = (disputed.subtotalPaisa * 6) / 10;
      await decideDispute(
        t.db,
        w.admin,
        { disputeId, resolution: "SPLIT", freelancerPaisa, clientPaisa: disputed.subtotalPaisa - freelancerPaisa, reason: REASON },
        now,
      );
      const mid = { client: await getUserBalances(t.db, w.client.userId), freelancer: await getUserBalances(t.db, w.freelancer.userId) };
      await expect(appealDispute(t.db, w.stranger, { disputeId, reason: "Not my order but still." })).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
      await appealDispute(t.db, w.freelancer, { disputeId, reason: "The third file was in the chat on day two." }, addDays(now, 1));
      await expect(
        appealDispute(t.db, w.client, { disputeId, reason: "Then I appeal too, naturally." }, addDays(now, 1)),
      ).rejects.toMatchObject({
        messageKey: "disputes:errors.appeal.once",
      });
      expect(await notified(w.client.userId, "dispute.appealed")).not.toHaveLength(0);
      // Held: the first share does not clear while the appeal waits, even past its date.
      expect(await t.db.ledgerTransaction.findFirstOrThrow({ where: { disputeId } })).toMatchObject({ clearsAt: null });
      await expect(
        decideAppeal(t.db, w.admin, { disputeId, resolution: "RELEASE", reason: "Looking again at it myself." }, addDays(now, 2)),
      ).rejects.toMatchObject({ code: "FORBIDDEN", messageKey: "disputes:errors.appeal.sameAdmin" });

      const result = await decideAppeal(
        t.db,
        w.secondAdmin,
        { disputeId, resolution: "RELEASE", reason: "The file was delivered in the chat." },
        addDays(now, 2),
      );
      expect(result).toMatchObject({ resolution: "RELEASE", changed: true });
      const after = { client: await getUserBalances(t.db, w.client.userId), freelancer: await getUserBalances(t.db, w.freelancer.userId) };
      expect(mid.client.wallet - after.client.wallet).toBe(BigInt(disputed.subtotalPaisa - freelancerPaisa));
      const releasedOrder = await t.db.order.findUniqueOrThrow({ where: { id: disputed.id } });
      expect(await orderRevenue(t.db, disputed.id)).toBe(BigInt(releasedOrder.clientFeePaisa + releasedOrder.freelancerFeePaisa));
      expect(await t.db.ledgerTransaction.count({ where: { disputeId } })).toBe(2);
      expect(await dispute(disputeId)).toMatchObject({ status: "RESOLVED", resolution: "RELEASE", resolvedById: w.secondAdmin.userId });
      expect(await t.db.auditLog.count({ where: { targetId: disputeId, action: "dispute.appeal.decide" } })).toBe(1);
      await expect(appealDispute(t.db, w.client, { disputeId, reason: "One more time, please." }, addDays(now, 3))).rejects.toMatchObject({
        messageKey: "disputes:errors.appeal.once",
      });
      // The second share clears; the first never does: pending ends at zero for this order.
      const pendingBefore = (await getUserBalances(t.db, w.freelancer.userId)).pending;
      await clearDueEarnings(t.db, addDays(now, 60));
      const cleared = await getUserBalances(t.db, w.freelancer.userId);
      expect(cleared.pending).toBeLessThanOrEqual(pendingBefore);
      expect(cleared.pending).toBeGreaterThanOrEqual(0n);
      await expectLedgerWhole();
    });

    it("keeps the outcome when the appeal confirms it (nothing moves), refuses an appeal after 7 days", async () => {
      const confirmed = await createAnsweredDispute(t.db, w);
      const now = new Date();
      await decideDispute(t.db, w.admin, { disputeId: confirmed.disputeId, resolution: "REFUND", reason: REASON }, now);
      await appealDispute(
        t.db,
        w.freelancer,
        { disputeId: confirmed.disputeId, reason: "I did deliver the work on time." },
        addDays(now, 6),
      );
      const wallet = (await getUserBalances(t.db, w.client.userId)).wallet;
      const kept = await decideAppeal(
        t.db,
        w.secondAdmin,
        { disputeId: confirmed.disputeId, resolution: "REFUND", reason: "The delivery did not match the brief." },
        addDays(now, 7),
      );
      expect(kept.changed).toBe(false);
      expect((await getUserBalances(t.db, w.client.userId)).wallet).toBe(wallet);
      expect(await t.db.ledgerTransaction.count({ where: { disputeId: confirmed.disputeId } })).toBe(1);

      const late = await createAnsweredDispute(t.db, w);
      await decideDispute(t.db, w.admin, { disputeId: late.disputeId, resolution: "RELEASE", reason: REASON }, now);
      await expect(
        appealDispute(t.db, w.client, { disputeId: late.disputeId, reason: "I only saw it just now." }, addDays(now, 7.1)),
      ).rejects.toMatchObject({
        messageKey: "disputes:errors.appeal.tooLate",
      });
    });
  });

  describe("the admin queue", () => {
    it("holds undecided and appealed disputes oldest first with overdue marks; its count agrees; admins only", async () => {
      const { disputes } = await listDisputeQueue(t.db, w.admin, {}, addDays(new Date(), 10));
      expect(disputes.length).toBe(await countDisputeQueue(t.db));
      expect(disputes.every((d) => ["OPEN", "UNDER_REVIEW", "APPEALED"].includes(d.status))).toBe(true);
      const times = disputes.map((d) => d.createdAt.getTime());
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(disputes.every((d) => d.overdue)).toBe(true);
      await expect(listDisputeQueue(t.db, w.client)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(listDisputeQueue(t.db, w.admin, { cursor: "nonsense" })).rejects.toMatchObject({ code: "BAD_INPUT" });
    });
  });

  it("has a ledger that balances after everything above", async () => {
    await creditWallet(t.db, w.client.userId, 1n);
    await expectLedgerWhole();
  });
});
