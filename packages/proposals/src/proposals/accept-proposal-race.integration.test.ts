import { createTestDb, type TestDb, testDbKinds } from "@hunar/db/testing";
import { ensureTestFeeSchedule } from "@hunar/db/testing/factories";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeJob } from "../jobs/close-job.ts";
import { acceptProposal } from "./accept-proposal.ts";
import { createProposalWorld } from "./testing/proposal-fixtures.ts";
import { withdrawProposal } from "./withdraw-proposal.ts";

// PGlite has one connection, so transactions there never overlap: the races need PostgreSQL.
const onPostgres = testDbKinds().includes("postgres");

describe.skipIf(!onPostgres)("accepting a proposal against a racing change on postgres", () => {
  let testDb: TestDb;
  beforeAll(async () => {
    testDb = await createTestDb("postgres");
    await ensureTestFeeSchedule(testDb.db);
  });
  afterAll(() => testDb.close());

  const outcome = async (jobId: string, proposalId: string) => ({
    orders: await testDb.db.order.count({ where: { proposalId } }),
    job: (await testDb.db.job.findUniqueOrThrow({ where: { id: jobId }, select: { status: true } })).status,
    proposal: (await testDb.db.proposal.findUniqueOrThrow({ where: { id: proposalId }, select: { status: true } })).status,
  });

  it("two accepts of one proposal: one order, the other refused", async () => {
    for (let round = 0; round < 5; round++) {
      const w = await createProposalWorld(testDb.db);
      const results = await Promise.allSettled([
        acceptProposal(testDb.db, w.client, w.proposalId),
        acceptProposal(testDb.db, w.client, w.proposalId),
      ]);
      expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
      expect(results.find((result) => result.status === "rejected")?.reason).toMatchObject({ code: "INVALID_STATE" });
      expect(await outcome(w.jobId, w.proposalId)).toEqual({ orders: 1, job: "FILLED", proposal: "ACCEPTED" });
    }
  });

  it("an accept against a withdraw: either a contract or a withdrawn proposal, never both", async () => {
    for (let round = 0; round < 5; round++) {
      const w = await createProposalWorld(testDb.db);
      const [accepted, withdrawn] = await Promise.allSettled([
        acceptProposal(testDb.db, w.client, w.proposalId),
        withdrawProposal(testDb.db, w.freelancer, w.proposalId),
      ]);
      expect([accepted?.status, withdrawn?.status].sort()).toEqual(["fulfilled", "rejected"]);
      const expected =
        accepted?.status === "fulfilled"
          ? { orders: 1, job: "FILLED", proposal: "ACCEPTED" }
          : { orders: 0, job: "OPEN", proposal: "WITHDRAWN" };
      expect(await outcome(w.jobId, w.proposalId)).toEqual(expected);
    }
  });

  it("an accept against the job closing: either filled with a contract or closed with none", async () => {
    for (let round = 0; round < 5; round++) {
      const w = await createProposalWorld(testDb.db);
      const [accepted, closed] = await Promise.allSettled([
        acceptProposal(testDb.db, w.client, w.proposalId),
        closeJob(testDb.db, w.client, w.jobId),
      ]);
      expect([accepted?.status, closed?.status].sort()).toEqual(["fulfilled", "rejected"]);
      const expected =
        accepted?.status === "fulfilled"
          ? { orders: 1, job: "FILLED", proposal: "ACCEPTED" }
          : { orders: 0, job: "CLOSED", proposal: "SUBMITTED" };
      expect(await outcome(w.jobId, w.proposalId)).toEqual(expected);
    }
  });
});
