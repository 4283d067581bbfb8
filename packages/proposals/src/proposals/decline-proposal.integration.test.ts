import { testDbKinds } from "@hunar/db/testing";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { describe, expect, it } from "vitest";
import { declineProposal } from "./decline-proposal.ts";
import { createProposalWorld } from "./testing/proposal-fixtures.ts";
import { refusal } from "@hunar/db/testing/refusal";

describe.each(testDbKinds())("declining a proposal on %s", (kind) => {
  const t = useTestDb(kind);
  const row = (id: string) =>
    t.db.proposal.findUniqueOrThrow({ where: { id }, select: { status: true, declineReason: true, respondedAt: true, updatedAt: true } });

  it("the client declines with a reason the freelancer is told; declining again is INVALID_STATE", async () => {
    const w = await createProposalWorld(t.db);
    await declineProposal(t.db, w.client, w.proposalId, { reason: "  We chose a designer nearer to us.  " });
    expect(await row(w.proposalId)).toMatchObject({
      status: "DECLINED",
      declineReason: "We chose a designer nearer to us.",
      respondedAt: expect.any(Date) as Date,
    });
    const told = () =>
      t.db.notification.findMany({ where: { userId: w.freelancer.userId }, select: { kind: true, data: true, link: true } });
    expect(await told()).toEqual([
      {
        kind: "proposal.declined",
        data: { jobId: w.jobId, proposalId: w.proposalId, title: "Logo for a shop", reason: "We chose a designer nearer to us." },
        link: `/jobs/${w.jobId}`,
      },
    ]);
    const before = await row(w.proposalId);
    expect(await refusal(declineProposal(t.db, w.client, w.proposalId))).toEqual({
      code: "INVALID_STATE",
      messageKey: "proposals:errors.notDeclinable",
    });
    expect(await row(w.proposalId)).toEqual(before);
    expect(await told()).toHaveLength(1);
  });

  it("no reason is stored as null; a reason over 500 characters or a non-party is refused and nothing changes", async () => {
    const w = await createProposalWorld(t.db);
    const before = await row(w.proposalId);
    expect(await refusal(declineProposal(t.db, w.client, w.proposalId, { reason: "x".repeat(501) }))).toMatchObject({ code: "BAD_INPUT" });
    expect(await refusal(declineProposal(t.db, w.freelancer, w.proposalId))).toEqual({
      code: "NOT_FOUND",
      messageKey: "proposals:errors.notFound",
    });
    expect(await refusal(declineProposal(t.db, w.stranger, w.proposalId))).toEqual({
      code: "NOT_FOUND",
      messageKey: "proposals:errors.notFound",
    });
    expect(await row(w.proposalId)).toEqual(before);
    await declineProposal(t.db, w.client, w.proposalId, { reason: "   " });
    expect(await row(w.proposalId)).toMatchObject({ status: "DECLINED", declineReason: null });
  });
});
