import { testDbKinds } from "@hunar/db/testing";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { describe, expect, it } from "vitest";
import { declineProposal } from "./decline-proposal.ts";
import { listMyProposals } from "./list-my-proposals.ts";
import { createProposalWorld } from "./testing/proposal-fixtures.ts";

describe.each(testDbKinds())("a freelancer's own proposals on %s", (kind) => {
  const t = useTestDb(kind);

  it("lists only the freelancer's proposals, with the job title, status and the decline reason", async () => {
    const w = await createProposalWorld(t.db);
    await createProposalWorld(t.db);
    await declineProposal(t.db, w.client, w.proposalId, { reason: "We found someone nearer." });
    const list = await listMyProposals(t.db, w.freelancer);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      id: w.proposalId,
      status: "DECLINED",
      declineReason: "We found someone nearer.",
      job: { id: w.jobId, titleEn: "Logo for a shop", status: "OPEN" },
    });
    expect(await listMyProposals(t.db, w.stranger)).toEqual([]);
  });
});
