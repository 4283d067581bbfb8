import { testDbKinds } from "@hunar/db/testing";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { describe, expect, it } from "vitest";
import { createProposalWorld } from "./testing/proposal-fixtures.ts";
import { updateProposal } from "./update-proposal.ts";
import { refusal } from "@hunar/db/testing/refusal";

const edit = { coverLetter: "A rewritten letter: I can also print the logo on your shop's signboard.", priceRupees: 6000, deliveryDays: 9 };

describe.each(testDbKinds())("editing a proposal on %s", (kind) => {
  const t = useTestDb(kind);
  const row = (id: string) =>
    t.db.proposal.findUniqueOrThrow({ where: { id }, select: { coverLetter: true, bidPaisa: true, deliveryDays: true, status: true } });

  it("the freelancer edits an unanswered proposal on an open job", async () => {
    const w = await createProposalWorld(t.db);
    await updateProposal(t.db, w.freelancer, w.proposalId, edit);
    expect(await row(w.proposalId)).toEqual({ coverLetter: edit.coverLetter, bidPaisa: 600_000, deliveryDays: 9, status: "SUBMITTED" });
  });

  it("refuses non-parties, bad input, a declined proposal and a closed job; nothing changes", async () => {
    const w = await createProposalWorld(t.db);
    const before = await row(w.proposalId);
    expect(await refusal(updateProposal(t.db, w.client, w.proposalId, edit))).toEqual({
      code: "NOT_FOUND",
      messageKey: "proposals:errors.notFound",
    });
    expect(await refusal(updateProposal(t.db, w.stranger, w.proposalId, edit))).toEqual({
      code: "NOT_FOUND",
      messageKey: "proposals:errors.notFound",
    });
    expect(await refusal(updateProposal(t.db, w.freelancer, w.proposalId, { ...edit, priceRupees: 1 }))).toMatchObject({
      code: "BAD_INPUT",
    });
    await t.db.job.update({ where: { id: w.jobId }, data: { status: "CLOSED" } });
    expect(await refusal(updateProposal(t.db, w.freelancer, w.proposalId, edit))).toEqual({
      code: "INVALID_STATE",
      messageKey: "jobs:errors.notOpen",
    });
    await t.db.job.update({ where: { id: w.jobId }, data: { status: "OPEN" } });
    await t.db.proposal.update({ where: { id: w.proposalId }, data: { status: "DECLINED" } });
    expect(await refusal(updateProposal(t.db, w.freelancer, w.proposalId, edit))).toEqual({
      code: "INVALID_STATE",
      messageKey: "proposals:errors.notEditable",
    });
    expect(await row(w.proposalId)).toEqual({ ...before, status: "DECLINED" });
  });
});
