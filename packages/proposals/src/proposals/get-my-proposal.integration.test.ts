import { testDbKinds } from "@hunar/db/testing";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { describe, expect, it } from "vitest";
import { getMyProposal } from "./get-my-proposal.ts";
import { createProposalWorld } from "./testing/proposal-fixtures.ts";

describe.each(testDbKinds())("a freelancer's own proposal on %s", (kind) => {
  const t = useTestDb(kind);

  it("is read back in full by its freelancer, and is nobody else's", async () => {
    const w = await createProposalWorld(t.db);
    await t.db.proposal.update({
      where: { id: w.proposalId },
      data: {
        milestonePlan: [
          { title: "Drafts", amountPaisa: 200_000, dueDays: 3 },
          { title: "Final files", amountPaisa: 300_000, dueDays: 7 },
        ],
      },
    });
    expect(await getMyProposal(t.db, w.freelancer, w.jobId)).toMatchObject({
      id: w.proposalId,
      status: "SUBMITTED",
      bidPaisa: 500_000,
      deliveryDays: 7,
      milestones: [
        { title: "Drafts", amountPaisa: 200_000, dueDays: 3 },
        { title: "Final files", amountPaisa: 300_000, dueDays: 7 },
      ],
    });
    expect(await getMyProposal(t.db, w.stranger, w.jobId)).toBeNull();
    expect(await getMyProposal(t.db, w.client, w.jobId)).toBeNull();
  });
});
