import { testDbKinds } from "@hunar/db/testing";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { describe, expect, it } from "vitest";
import { createProposalWorld } from "../proposals/testing/proposal-fixtures.ts";
import { closeJob } from "./close-job.ts";
import { listMyJobs } from "./list-my-jobs.ts";
import { createJob } from "./testing/job-fixtures.ts";

describe.each(testDbKinds())("a client's own jobs on %s", (kind) => {
  const t = useTestDb(kind);

  it("lists only the client's jobs, newest first, with status and proposal counts", async () => {
    const w = await createProposalWorld(t.db);
    const job = await t.db.job.findUniqueOrThrow({ where: { id: w.jobId }, select: { categoryId: true } });
    const later = await createJob(t.db, {
      clientId: w.client.userId,
      categoryId: job.categoryId,
      titleUr: "دکان کا بینر",
      createdAt: new Date(Date.now() + 1000),
    });
    await closeJob(t.db, w.client, later);
    await createProposalWorld(t.db);
    const list = await listMyJobs(t.db, w.client);
    expect(list.map((row) => [row.id, row.status, row.proposalCount])).toEqual([
      [later, "CLOSED", 0],
      [w.jobId, "OPEN", 1],
    ]);
    expect(list[0]).toMatchObject({ titleUr: "دکان کا بینر", visibility: "PUBLIC" });
    expect(await listMyJobs(t.db, w.freelancer)).toEqual([]);
  });
});
