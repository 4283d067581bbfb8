import type { Db } from "@hunar/db/types";
import { testDbKinds } from "@hunar/db/testing";
import { createTestCategory, createTestUser } from "@hunar/db/testing/factories";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { describe, expect, it } from "vitest";
import { DAILY_PROPOSAL_LIMIT } from "./daily-proposal-limit.ts";
import { submitProposal } from "./submit-proposal.ts";
import { refusal } from "@hunar/db/testing/refusal";

async function createJob(db: Db, clientId: string, options: { status?: "OPEN" | "CLOSED"; visibility?: "PUBLIC" | "INVITE_ONLY" } = {}) {
  const categoryId = await createTestCategory(db);
  const job = await db.job.create({
    data: {
      clientId,
      categoryId,
      titleEn: "Logo for a shop",
      descriptionEn: "A simple logo",
      budgetMinPaisa: 500_000,
      budgetMaxPaisa: 500_000,
      status: options.status ?? "OPEN",
      visibility: options.visibility ?? "PUBLIC",
    },
    select: { id: true },
  });
  return job.id;
}

const letter = "I have designed logos for twenty shops in Lahore and can send three drafts this week.";
const bid = (jobId: string) => ({ jobId, coverLetter: letter, priceRupees: 5000, deliveryDays: 7 });

describe.each(testDbKinds())("submitting a proposal on %s", (kind) => {
  const t = useTestDb(kind);
  const state = async (jobId: string) => ({
    proposals: await t.db.proposal.count({ where: { jobId } }),
    job: await t.db.job.findUniqueOrThrow({ where: { id: jobId }, select: { proposalCount: true } }),
  });

  it("a freelancer bids on an open public job: SUBMITTED in paisa, the job counts it, the client is told", async () => {
    const client = await createTestUser(t.db, "Sana Malik");
    const freelancer = await createTestUser(t.db, "Bilal Ahmed");
    const jobId = await createJob(t.db, client.userId);
    const { id } = await submitProposal(t.db, freelancer, {
      ...bid(jobId),
      milestones: [
        { title: "Drafts", amountRupees: 2000, dueDays: 3 },
        { title: "Final files", amountRupees: 3000, dueDays: 7 },
      ],
    });
    const row = await t.db.proposal.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ jobId, freelancerId: freelancer.userId, bidPaisa: 500_000, deliveryDays: 7, status: "SUBMITTED" });
    expect(row.milestonePlan).toEqual([
      { title: "Drafts", amountPaisa: 200_000, dueDays: 3 },
      { title: "Final files", amountPaisa: 300_000, dueDays: 7 },
    ]);
    expect((await state(jobId)).job.proposalCount).toBe(1);
    const notes = await t.db.notification.findMany({ where: { userId: client.userId }, select: { kind: true, data: true, link: true } });
    expect(notes).toEqual([
      {
        kind: "proposal.received",
        data: { jobId, proposalId: id, title: "Logo for a shop", freelancerName: "Bilal Ahmed", bidPaisa: "500000" },
        link: `/jobs/${jobId}/proposals`,
      },
    ]);
  });

  it("refuses the client's own job, a closed job, an uninvited invite-only job, a second bid and a suspended account; nothing changes", async () => {
    const client = await createTestUser(t.db, "Sana Malik");
    const freelancer = await createTestUser(t.db, "Bilal Ahmed");
    const open = await createJob(t.db, client.userId);
    const closed = await createJob(t.db, client.userId, { status: "CLOSED" });
    const invited = await createJob(t.db, client.userId, { visibility: "INVITE_ONLY" });
    expect(await refusal(submitProposal(t.db, client, bid(open)))).toEqual({ code: "FORBIDDEN", messageKey: "proposals:errors.ownJob" });
    expect(await refusal(submitProposal(t.db, freelancer, bid(closed)))).toEqual({
      code: "INVALID_STATE",
      messageKey: "jobs:errors.notOpen",
    });
    expect(await refusal(submitProposal(t.db, freelancer, bid(invited)))).toEqual({
      code: "NOT_FOUND",
      messageKey: "jobs:errors.notFound",
    });
    expect(await refusal(submitProposal(t.db, freelancer, bid("no-such-job")))).toMatchObject({ code: "NOT_FOUND" });
    for (const jobId of [open, closed, invited]) expect(await state(jobId)).toEqual({ proposals: 0, job: { proposalCount: 0 } });

    await submitProposal(t.db, freelancer, bid(open));
    expect(await refusal(submitProposal(t.db, freelancer, bid(open)))).toEqual({
      code: "CONFLICT",
      messageKey: "proposals:errors.alreadySubmitted",
    });
    expect(await state(open)).toEqual({ proposals: 1, job: { proposalCount: 1 } });

    const suspended = await createTestUser(t.db, "Kamran Ali");
    await t.db.user.update({ where: { id: suspended.userId }, data: { suspendedAt: new Date() } });
    expect(await refusal(submitProposal(t.db, suspended, bid(open)))).toEqual({
      code: "FORBIDDEN",
      messageKey: "proposals:errors.notActive",
    });
    expect(await state(open)).toEqual({ proposals: 1, job: { proposalCount: 1 } });
  });

  it("an invited freelancer may bid on an invite-only job", async () => {
    const client = await createTestUser(t.db, "Sana Malik");
    const freelancer = await createTestUser(t.db, "Bilal Ahmed");
    const jobId = await createJob(t.db, client.userId, { visibility: "INVITE_ONLY" });
    await t.db.jobInvite.create({ data: { jobId, freelancerId: freelancer.userId } });
    await submitProposal(t.db, freelancer, bid(jobId));
    expect(await state(jobId)).toEqual({ proposals: 1, job: { proposalCount: 1 } });
  });

  it(`refuses the proposal after ${DAILY_PROPOSAL_LIMIT} in 24 hours, and older ones do not count`, async () => {
    const client = await createTestUser(t.db, "Sana Malik");
    const freelancer = await createTestUser(t.db, "Bilal Ahmed");
    const categoryId = await createTestCategory(t.db);
    const jobs = await Promise.all(
      Array.from({ length: DAILY_PROPOSAL_LIMIT + 1 }, () =>
        t.db.job.create({
          data: {
            clientId: client.userId,
            categoryId,
            titleEn: "Logo for a shop",
            descriptionEn: "A simple logo",
            budgetMinPaisa: 500_000,
            budgetMaxPaisa: 500_000,
          },
          select: { id: true },
        }),
      ),
    );
    const [first, ...rest] = jobs.map((job) => job.id);
    // One from two days ago must not count towards today's limit.
    await t.db.proposal.create({
      data: {
        jobId: first!,
        freelancerId: freelancer.userId,
        coverLetter: letter,
        bidPaisa: 500_000,
        deliveryDays: 7,
        createdAt: new Date(Date.now() - 48 * 3600_000),
      },
    });
    const last = rest.pop()!;
    await t.db.proposal.createMany({
      data: rest.map((jobId) => ({ jobId, freelancerId: freelancer.userId, coverLetter: letter, bidPaisa: 500_000, deliveryDays: 7 })),
    });
    expect(rest.length).toBe(DAILY_PROPOSAL_LIMIT - 1);
    await submitProposal(t.db, freelancer, bid(last));
    const another = await createJob(t.db, client.userId);
    expect(await refusal(submitProposal(t.db, freelancer, bid(another)))).toEqual({
      code: "RATE_LIMITED",
      messageKey: "proposals:errors.dailyLimit",
    });
    expect(await state(another)).toEqual({ proposals: 0, job: { proposalCount: 0 } });
  });
});
