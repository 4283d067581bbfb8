import { testDbKinds } from "@hunar/db/testing";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { describe, expect, it } from "vitest";
import { shortlistProposal } from "./shortlist-proposal.ts";
import { createProposalWorld } from "./testing/proposal-fixtures.ts";
import { withdrawProposal } from "./withdraw-proposal.ts";
import { refusal } from "@hunar/db/testing/refusal";

describe.each(testDbKinds())("shortlisting and withdrawing proposals on %s", (kind) => {
  const t = useTestDb(kind);
  const row = (id: string) =>
    t.db.proposal.findUniqueOrThrow({ where: { id }, select: { status: true, shortlistedAt: true, updatedAt: true } });
  const count = (jobId: string) => t.db.job.findUniqueOrThrow({ where: { id: jobId }, select: { proposalCount: true } });

  it("the client shortlists a new proposal; the freelancer can still withdraw it; proposalCount stays", async () => {
    const w = await createProposalWorld(t.db);
    await shortlistProposal(t.db, w.client, w.proposalId);
    expect(await row(w.proposalId)).toMatchObject({ status: "SHORTLISTED", shortlistedAt: expect.any(Date) as Date });
    expect(await refusal(shortlistProposal(t.db, w.client, w.proposalId))).toEqual({
      code: "INVALID_STATE",
      messageKey: "proposals:errors.notShortlistable",
    });
    await withdrawProposal(t.db, w.freelancer, w.proposalId);
    expect((await row(w.proposalId)).status).toBe("WITHDRAWN");
    expect(await count(w.jobId)).toEqual({ proposalCount: 1 });
  });

  it("a withdrawn proposal can be neither withdrawn again nor shortlisted, and stays as it is", async () => {
    const w = await createProposalWorld(t.db);
    await withdrawProposal(t.db, w.freelancer, w.proposalId);
    const before = await row(w.proposalId);
    expect(await refusal(withdrawProposal(t.db, w.freelancer, w.proposalId))).toEqual({
      code: "INVALID_STATE",
      messageKey: "proposals:errors.notWithdrawable",
    });
    expect(await refusal(shortlistProposal(t.db, w.client, w.proposalId))).toEqual({
      code: "INVALID_STATE",
      messageKey: "proposals:errors.notShortlistable",
    });
    expect(await row(w.proposalId)).toEqual(before);
  });

  it("non-parties get NOT_FOUND and nothing changes: only the freelancer withdraws, only the client shortlists", async () => {
    const w = await createProposalWorld(t.db);
    const before = await row(w.proposalId);
    const notFound = { code: "NOT_FOUND", messageKey: "proposals:errors.notFound" };
    expect(await refusal(withdrawProposal(t.db, w.stranger, w.proposalId))).toEqual(notFound);
    expect(await refusal(withdrawProposal(t.db, w.client, w.proposalId))).toEqual(notFound);
    expect(await refusal(shortlistProposal(t.db, w.stranger, w.proposalId))).toEqual(notFound);
    expect(await refusal(shortlistProposal(t.db, w.freelancer, w.proposalId))).toEqual(notFound);
    expect(await refusal(shortlistProposal(t.db, w.client, "no-such-proposal"))).toEqual(notFound);
    expect(await row(w.proposalId)).toEqual(before);
  });
});
