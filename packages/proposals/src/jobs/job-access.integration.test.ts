import type { Db } from "@hunar/db/types";
import { testDbKinds } from "@hunar/db/testing";
import { createTestCategory, createTestFreelancer, createTestUser } from "@hunar/db/testing/factories";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { describe, expect, it } from "vitest";
import { canSeeJob } from "./can-see-job.ts";
import { lockJob } from "./lock-job.ts";

async function createJob(
  db: Db,
  clientId: string,
  data: { visibility?: "PUBLIC" | "INVITE_ONLY"; status?: "OPEN" | "CLOSED" | "FILLED" | "REMOVED" } = {},
) {
  const categoryId = await createTestCategory(db);
  return db.job.create({
    data: {
      clientId,
      categoryId,
      titleUr: "لوگو ڈیزائن چاہیے",
      descriptionUr: "ہماری دکان کے لیے ایک سادہ لوگو",
      budgetType: "RANGE",
      budgetMinPaisa: 500_000,
      budgetMaxPaisa: 1_500_000,
      ...data,
    },
    select: { id: true, clientId: true, status: true, visibility: true },
  });
}

describe.each(testDbKinds())("job access on %s", (kind) => {
  const t = useTestDb(kind);

  it("lockJob reads the job's state inside a transaction, and null for an unknown id", async () => {
    const client = await createTestUser(t.db, "Sana Malik");
    const job = await createJob(t.db, client.userId);
    const locked = await t.db.$transaction((tx) => lockJob(tx, job.id));
    expect(locked).toEqual({
      id: job.id,
      clientId: client.userId,
      status: "OPEN",
      visibility: "PUBLIC",
      proposalCount: 0,
      budgetType: "RANGE",
      budgetMinPaisa: 500_000,
      budgetMaxPaisa: 1_500_000,
    });
    expect(await t.db.$transaction((tx) => lockJob(tx, "no-such-job"))).toBeNull();
  });

  it("a public job is visible to anyone while open, filled or closed; removed only to its client", async () => {
    const client = await createTestUser(t.db, "Sana Malik");
    const other = await createTestFreelancer(t.db);
    for (const status of ["OPEN", "FILLED", "CLOSED"] as const) {
      const job = await createJob(t.db, client.userId, { status });
      expect(await canSeeJob(t.db, job, null)).toBe(true);
      expect(await canSeeJob(t.db, job, other.userId)).toBe(true);
    }
    const removed = await createJob(t.db, client.userId, { status: "REMOVED" });
    expect(await canSeeJob(t.db, removed, null)).toBe(false);
    expect(await canSeeJob(t.db, removed, other.userId)).toBe(false);
    expect(await canSeeJob(t.db, removed, client.userId)).toBe(true);
  });

  it("an invite-only job is visible to its client and invitees only, and to no invitee once removed", async () => {
    const client = await createTestUser(t.db, "Sana Malik");
    const invitee = await createTestFreelancer(t.db, "Ayesha Khan");
    const stranger = await createTestFreelancer(t.db, "Hamza Ali");
    const job = await createJob(t.db, client.userId, { visibility: "INVITE_ONLY" });
    await t.db.jobInvite.create({ data: { jobId: job.id, freelancerId: invitee.userId } });
    expect(await canSeeJob(t.db, job, client.userId)).toBe(true);
    expect(await canSeeJob(t.db, job, invitee.userId)).toBe(true);
    expect(await canSeeJob(t.db, job, stranger.userId)).toBe(false);
    expect(await canSeeJob(t.db, job, null)).toBe(false);
    expect(await canSeeJob(t.db, { ...job, status: "REMOVED" }, invitee.userId)).toBe(false);
  });
});
