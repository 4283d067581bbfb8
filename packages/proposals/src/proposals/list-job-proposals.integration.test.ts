import { testDbKinds } from "@hunar/db/testing";
import { createTestUser } from "@hunar/db/testing/factories";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { describe, expect, it } from "vitest";
import { JOB_PROPOSALS_PAGE, listJobProposals } from "./list-job-proposals.ts";
import { shortlistProposal } from "./shortlist-proposal.ts";
import { createProposalWorld } from "./testing/proposal-fixtures.ts";
import { withdrawProposal } from "./withdraw-proposal.ts";
import { refusal } from "@hunar/db/testing/refusal";

describe.each(testDbKinds())("the client's list of a job's proposals on %s", (kind) => {
  const t = useTestDb(kind);

  it("shows each proposal with the freelancer's card, hides withdrawn ones, and filters the shortlist", async () => {
    const w = await createProposalWorld(t.db);
    await t.db.profile.create({ data: { userId: w.freelancer.userId, city: "Multan", ratingSum: 9, ratingCount: 2 } });
    const other = await createTestUser(t.db, "Hamza Ali");
    const gone = await createTestUser(t.db, "Usman Tariq");
    const make = (freelancerId: string, createdAt: Date) =>
      t.db.proposal.create({
        data: { jobId: w.jobId, freelancerId, coverLetter: "A letter.", bidPaisa: 600_000, deliveryDays: 9, createdAt },
        select: { id: true },
      });
    const second = await make(other.userId, new Date(Date.now() + 1_000));
    const withdrawn = await make(gone.userId, new Date(Date.now() + 2_000));
    await withdrawProposal(t.db, gone, withdrawn.id);
    await shortlistProposal(t.db, w.client, w.proposalId);

    const all = await listJobProposals(t.db, w.client, w.jobId);
    expect(all.proposals.map((proposal) => proposal.id)).toEqual([second.id, w.proposalId]);
    expect(all.nextCursor).toBeNull();
    expect(all.proposals[1]).toMatchObject({
      status: "SHORTLISTED",
      bidPaisa: 500_000,
      milestones: null,
      freelancer: {
        id: w.freelancer.userId,
        displayName: "Bilal Ahmed",
        city: "Multan",
        rating: 4.5,
        ratingCount: 2,
        completedOrders: 0,
        responseTimeMinutes: null,
      },
    });
    const shortlisted = await listJobProposals(t.db, w.client, w.jobId, { only: "shortlisted" });
    expect(shortlisted.proposals.map((proposal) => proposal.id)).toEqual([w.proposalId]);
  });

  it("pages newest first without repeats, and refuses a bad cursor and anyone but the client", async () => {
    const w = await createProposalWorld(t.db);
    for (let n = 0; n < JOB_PROPOSALS_PAGE; n++) {
      const freelancer = await createTestUser(t.db, `Freelancer ${n}`);
      await t.db.proposal.create({
        data: { jobId: w.jobId, freelancerId: freelancer.userId, coverLetter: "A letter.", bidPaisa: 600_000, deliveryDays: 9 },
      });
    }
    const first = await listJobProposals(t.db, w.client, w.jobId);
    expect(first.proposals).toHaveLength(JOB_PROPOSALS_PAGE);
    const rest = await listJobProposals(t.db, w.client, w.jobId, { cursor: first.nextCursor });
    expect(rest.nextCursor).toBeNull();
    const ids = [...first.proposals, ...rest.proposals].map((proposal) => proposal.id);
    expect(new Set(ids).size).toBe(JOB_PROPOSALS_PAGE + 1);
    expect(await refusal(listJobProposals(t.db, w.client, w.jobId, { cursor: "nonsense" }))).toEqual({
      code: "BAD_INPUT",
      messageKey: "proposals:errors.cursorInvalid",
    });
    for (const actor of [w.freelancer, w.stranger]) {
      expect(await refusal(listJobProposals(t.db, actor, w.jobId))).toEqual({ code: "NOT_FOUND", messageKey: "jobs:errors.notFound" });
    }
  });
});
