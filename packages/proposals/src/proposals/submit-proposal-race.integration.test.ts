import { createTestDb, type TestDb, testDbKinds } from "@hunar/db/testing";
import { createTestCategory, createTestUser } from "@hunar/db/testing/factories";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DAILY_PROPOSAL_LIMIT } from "./daily-proposal-limit.ts";
import { shortlistProposal } from "./shortlist-proposal.ts";
import { submitProposal } from "./submit-proposal.ts";
import { createProposalWorld } from "./testing/proposal-fixtures.ts";
import { withdrawProposal } from "./withdraw-proposal.ts";

// PGlite has one connection, so transactions there never overlap: the race needs PostgreSQL.
const onPostgres = testDbKinds().includes("postgres");

// Skipped (not absent) without PostgreSQL, so the file still declares a suite; CI always has it.
describe.skipIf(!onPostgres)("concurrent proposals on postgres", () => {
  let testDb: TestDb;
  beforeAll(async () => {
    testDb = await createTestDb("postgres");
  });
  afterAll(() => testDb.close());

  it("two submissions by one freelancer to one job end in one proposal and proposalCount 1", async () => {
    const db = testDb.db;
    const client = await createTestUser(db, "Sana Malik");
    const freelancer = await createTestUser(db, "Bilal Ahmed");
    const categoryId = await createTestCategory(db);
    for (let round = 0; round < 5; round++) {
      const { id: jobId } = await db.job.create({
        data: {
          clientId: client.userId,
          categoryId,
          titleEn: "Logo for a shop",
          descriptionEn: "A simple logo",
          budgetMinPaisa: 500_000,
          budgetMaxPaisa: 500_000,
        },
        select: { id: true },
      });
      const raw = {
        jobId,
        coverLetter: "I have designed logos for twenty shops in Lahore and can start today.",
        priceRupees: 5000,
        deliveryDays: 7,
      };
      const results = await Promise.allSettled([submitProposal(db, freelancer, raw), submitProposal(db, freelancer, raw)]);
      expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
      const rejected = results.find((result) => result.status === "rejected");
      expect(rejected?.reason).toMatchObject({ code: "CONFLICT", messageKey: "proposals:errors.alreadySubmitted" });
      expect(await db.proposal.count({ where: { jobId } })).toBe(1);
      expect(await db.job.findUniqueOrThrow({ where: { id: jobId }, select: { proposalCount: true } })).toEqual({ proposalCount: 1 });
    }
  });

  it("two bids on two jobs at once by a freelancer one short of the daily limit: exactly one gets in", async () => {
    const db = testDb.db;
    const client = await createTestUser(db, "Sana Malik");
    const freelancer = await createTestUser(db, "Bilal Ahmed");
    const categoryId = await createTestCategory(db);
    const newJob = async () =>
      (
        await db.job.create({
          data: {
            clientId: client.userId,
            categoryId,
            titleEn: "Logo",
            descriptionEn: "A logo",
            budgetMinPaisa: 500_000,
            budgetMaxPaisa: 500_000,
          },
          select: { id: true },
        })
      ).id;
    for (let n = 0; n < DAILY_PROPOSAL_LIMIT - 1; n++) {
      await db.proposal.create({
        data: { jobId: await newJob(), freelancerId: freelancer.userId, coverLetter: "x", bidPaisa: 500_000, deliveryDays: 7 },
      });
    }
    const raw = (jobId: string) => ({
      jobId,
      coverLetter: "I have designed logos for twenty shops in Lahore and can start today.",
      priceRupees: 5000,
      deliveryDays: 7,
    });
    const results = await Promise.allSettled([
      submitProposal(db, freelancer, raw(await newJob())),
      submitProposal(db, freelancer, raw(await newJob())),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(results.find((result) => result.status === "rejected")?.reason).toMatchObject({ code: "RATE_LIMITED" });
    expect(await db.proposal.count({ where: { freelancerId: freelancer.userId } })).toBe(DAILY_PROPOSAL_LIMIT);
  });

  it("a shortlist racing a withdraw ends in exactly one outcome", async () => {
    const db = testDb.db;
    for (let round = 0; round < 5; round++) {
      const w = await createProposalWorld(db);
      const results = await Promise.allSettled([
        shortlistProposal(db, w.client, w.proposalId),
        withdrawProposal(db, w.freelancer, w.proposalId),
      ]);
      const { status } = await db.proposal.findUniqueOrThrow({ where: { id: w.proposalId }, select: { status: true } });
      const [shortlisted, withdrawn] = results.map((result) => result.status === "fulfilled");
      // Withdraw after a shortlist is allowed, so both may succeed in that order; a shortlist after a withdraw never.
      if (shortlisted && withdrawn) expect(status).toBe("WITHDRAWN");
      else if (shortlisted) expect(status).toBe("SHORTLISTED");
      else {
        expect(withdrawn).toBe(true);
        expect(status).toBe("WITHDRAWN");
        expect(results[0]).toMatchObject({ status: "rejected", reason: { code: "INVALID_STATE" } });
      }
    }
  });
});
