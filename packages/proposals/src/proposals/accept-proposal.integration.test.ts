import { testDbKinds } from "@hunar/db/testing";
import { createTestUser, ensureTestFeeSchedule } from "@hunar/db/testing/factories";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { describe, expect, it } from "vitest";
import { acceptProposal } from "./accept-proposal.ts";
import { createProposalWorld } from "./testing/proposal-fixtures.ts";
import { withdrawProposal } from "./withdraw-proposal.ts";
import { refusal } from "@hunar/db/testing/refusal";

describe.each(testDbKinds())("accepting a proposal on %s", (kind) => {
  const t = useTestDb(kind);
  const notes = (userId: string) => t.db.notification.findMany({ where: { userId }, select: { kind: true, data: true, link: true } });

  it("creates the contract awaiting payment with the proposal's milestones, fills the job and answers the other proposals", async () => {
    await ensureTestFeeSchedule(t.db);
    const w = await createProposalWorld(t.db);
    const rival = await createTestUser(t.db, "Hamza Ali", { locale: "en" });
    const rivalProposal = await t.db.proposal.create({
      data: { jobId: w.jobId, freelancerId: rival.userId, coverLetter: "Another letter for the job.", bidPaisa: 450_000, deliveryDays: 5 },
      select: { id: true },
    });
    await t.db.proposal.update({
      where: { id: w.proposalId },
      data: {
        milestonePlan: [
          { title: "Drafts", amountPaisa: 200_000, dueDays: 3 },
          { title: "Final files", amountPaisa: 300_000, dueDays: 7 },
        ],
      },
    });
    const { orderId } = await acceptProposal(t.db, w.client, w.proposalId);
    const order = await t.db.order.findUniqueOrThrow({
      where: { id: orderId },
      select: {
        source: true,
        status: true,
        clientId: true,
        freelancerId: true,
        proposalId: true,
        jobId: true,
        title: true,
        requirements: true,
        subtotalPaisa: true,
        totalPaisa: true,
        milestones: { orderBy: { position: "asc" }, select: { title: true, amountPaisa: true, clientFeePaisa: true, durationDays: true } },
      },
    });
    expect(order).toEqual({
      source: "PROPOSAL",
      status: "PENDING_PAYMENT",
      clientId: w.client.userId,
      freelancerId: w.freelancer.userId,
      proposalId: w.proposalId,
      jobId: w.jobId,
      title: "Logo for a shop",
      requirements: "A simple logo",
      subtotalPaisa: 500_000,
      totalPaisa: 510_000,
      milestones: [
        { title: "Drafts", amountPaisa: 200_000, clientFeePaisa: 4_000, durationDays: 3 },
        { title: "Final files", amountPaisa: 300_000, clientFeePaisa: 6_000, durationDays: 4 },
      ],
    });
    expect(await t.db.job.findUniqueOrThrow({ where: { id: w.jobId }, select: { status: true } })).toEqual({ status: "FILLED" });
    const statuses = await t.db.proposal.findMany({
      where: { jobId: w.jobId },
      select: { id: true, status: true },
      orderBy: { createdAt: "asc" },
    });
    expect(statuses).toEqual([
      { id: w.proposalId, status: "ACCEPTED" },
      { id: rivalProposal.id, status: "DECLINED" },
    ]);
    expect(await notes(w.freelancer.userId)).toEqual([
      {
        kind: "proposal.accepted",
        data: { jobId: w.jobId, proposalId: w.proposalId, orderId, title: "Logo for a shop", clientName: "Sana Malik" },
        link: `/orders/${orderId}`,
      },
    ]);
    expect(await notes(rival.userId)).toEqual([
      { kind: "job.filled", data: { jobId: w.jobId, title: "Logo for a shop" }, link: `/jobs/${w.jobId}` },
    ]);
  });

  it("refuses a non-party, a withdrawn proposal, a second accept and a closed job; nothing changes", async () => {
    await ensureTestFeeSchedule(t.db);
    const w = await createProposalWorld(t.db);
    for (const actor of [w.freelancer, w.stranger]) {
      expect(await refusal(acceptProposal(t.db, actor, w.proposalId))).toEqual({
        code: "NOT_FOUND",
        messageKey: "proposals:errors.notFound",
      });
    }
    expect(await refusal(acceptProposal(t.db, w.client, "no-such-proposal"))).toEqual({
      code: "NOT_FOUND",
      messageKey: "proposals:errors.notFound",
    });
    await withdrawProposal(t.db, w.freelancer, w.proposalId);
    expect(await refusal(acceptProposal(t.db, w.client, w.proposalId))).toEqual({
      code: "INVALID_STATE",
      messageKey: "proposals:errors.notAcceptable",
    });

    const again = await createProposalWorld(t.db);
    await acceptProposal(t.db, again.client, again.proposalId);
    expect(await refusal(acceptProposal(t.db, again.client, again.proposalId))).toEqual({
      code: "INVALID_STATE",
      messageKey: "jobs:errors.notOpen",
    });

    const closed = await createProposalWorld(t.db);
    await t.db.job.update({ where: { id: closed.jobId }, data: { status: "CLOSED" } });
    expect(await refusal(acceptProposal(t.db, closed.client, closed.proposalId))).toEqual({
      code: "INVALID_STATE",
      messageKey: "jobs:errors.notOpen",
    });
    expect(await t.db.order.count({ where: { proposalId: { in: [w.proposalId, closed.proposalId] } } })).toBe(0);
    expect(await t.db.order.count({ where: { proposalId: again.proposalId } })).toBe(1);
  });
});
