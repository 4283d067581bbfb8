import type { Db } from "@hunar/db/types";
import { testDbKinds } from "@hunar/db/testing";
import { createTestCategory, createTestFreelancer, createTestUser } from "@hunar/db/testing/factories";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { describe, expect, it } from "vitest";
import { addClarification } from "./add-clarification.ts";
import { closeJob } from "./close-job.ts";
import { refusalWithFields as refusal } from "@hunar/db/testing/refusal";

async function createJob(db: Db, clientId: string, status: "OPEN" | "CLOSED" | "FILLED" | "REMOVED" = "OPEN") {
  const categoryId = await createTestCategory(db);
  const job = await db.job.create({
    data: {
      clientId,
      categoryId,
      titleEn: "Logo for a shop",
      descriptionEn: "A simple logo",
      budgetMinPaisa: 500_000,
      budgetMaxPaisa: 500_000,
      status,
    },
    select: { id: true },
  });
  return job.id;
}

describe.each(testDbKinds())("closing a job and clarifying it on %s", (kind) => {
  const t = useTestDb(kind);
  const jobRow = (id: string) => t.db.job.findUniqueOrThrow({ where: { id }, select: { status: true, closedAt: true, updatedAt: true } });

  it("the client closes an open job: CLOSED with the time it closed", async () => {
    const client = await createTestUser(t.db, "Sana Malik");
    const jobId = await createJob(t.db, client.userId);
    await closeJob(t.db, client, jobId);
    const row = await jobRow(jobId);
    expect(row.status).toBe("CLOSED");
    expect(row.closedAt).toBeInstanceOf(Date);
  });

  it("anyone but the client gets NOT_FOUND and the job is unchanged", async () => {
    const client = await createTestUser(t.db, "Sana Malik");
    const other = await createTestFreelancer(t.db);
    const jobId = await createJob(t.db, client.userId);
    const before = await jobRow(jobId);
    expect(await refusal(closeJob(t.db, other, jobId))).toMatchObject({ code: "NOT_FOUND", messageKey: "jobs:errors.notFound" });
    expect(await refusal(closeJob(t.db, client, "no-such-job"))).toMatchObject({ code: "NOT_FOUND" });
    expect(await jobRow(jobId)).toEqual(before);
  });

  it("a job that is not open cannot be closed again (INVALID_STATE) and keeps its state", async () => {
    const client = await createTestUser(t.db, "Sana Malik");
    for (const status of ["CLOSED", "FILLED", "REMOVED"] as const) {
      const jobId = await createJob(t.db, client.userId, status);
      const before = await jobRow(jobId);
      expect(await refusal(closeJob(t.db, client, jobId))).toMatchObject({ code: "INVALID_STATE", messageKey: "jobs:errors.notOpen" });
      expect(await jobRow(jobId)).toEqual(before);
    }
  });

  it("the client appends a trimmed clarification to an open job", async () => {
    const client = await createTestUser(t.db, "Sana Malik");
    const jobId = await createJob(t.db, client.userId);
    await t.db.job.update({ where: { id: jobId }, data: { proposalCount: 3 } });
    const { id } = await addClarification(t.db, client, jobId, { body: "  لوگو میں سبز رنگ ہو۔  " });
    const rows = await t.db.jobClarification.findMany({ where: { jobId }, select: { id: true, body: true } });
    expect(rows).toEqual([{ id, body: "لوگو میں سبز رنگ ہو۔" }]);
  });

  it("refuses an empty, too long or control-character clarification, a stranger and a job that is not open; nothing is added", async () => {
    const client = await createTestUser(t.db, "Sana Malik");
    const other = await createTestFreelancer(t.db);
    const jobId = await createJob(t.db, client.userId);
    const closedId = await createJob(t.db, client.userId, "CLOSED");
    expect(await refusal(addClarification(t.db, client, jobId, { body: "   " }))).toMatchObject({
      code: "BAD_INPUT",
      fields: { body: { key: "jobs:errors.clarificationRequired" } },
    });
    expect(await refusal(addClarification(t.db, client, jobId, { body: "a".repeat(2001) }))).toMatchObject({
      code: "BAD_INPUT",
      fields: { body: { key: "jobs:errors.clarificationTooLong", params: { max: 2000 } } },
    });
    expect(await refusal(addClarification(t.db, client, jobId, { body: "ok\u0000" }))).toMatchObject({ code: "BAD_INPUT" });
    expect(await refusal(addClarification(t.db, other, jobId, { body: "hello" }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await refusal(addClarification(t.db, client, closedId, { body: "hello" }))).toMatchObject({ code: "INVALID_STATE" });
    expect(await t.db.jobClarification.count({ where: { jobId: { in: [jobId, closedId] } } })).toBe(0);
  });

  it("accepts exactly 2000 characters", async () => {
    const client = await createTestUser(t.db, "Sana Malik");
    const jobId = await createJob(t.db, client.userId);
    await addClarification(t.db, client, jobId, { body: "ب".repeat(2000) });
    expect(await t.db.jobClarification.count({ where: { jobId } })).toBe(1);
  });
});
