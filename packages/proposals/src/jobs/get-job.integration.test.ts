import { AppError } from "@hunar/core/app-error";
import type { Db } from "@hunar/db/types";
import { testDbKinds } from "@hunar/db/testing";
import { createTestCategory, createTestFreelancer, createTestUser } from "@hunar/db/testing/factories";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { describe, expect, it } from "vitest";
import { addClarification } from "./add-clarification.ts";
import { getJob } from "./get-job.ts";

async function createJob(
  db: Db,
  clientId: string,
  data: { status?: "OPEN" | "CLOSED" | "FILLED" | "REMOVED"; visibility?: "PUBLIC" | "INVITE_ONLY" } = {},
) {
  const categoryId = await createTestCategory(db);
  const job = await db.job.create({
    data: { clientId, categoryId, titleEn: "Logo for a shop", descriptionEn: "A simple logo", ...data },
    select: { id: true },
  });
  return job.id;
}

describe.each(testDbKinds())("the job page on %s", (kind) => {
  const t = useTestDb(kind);

  it("shows the job, its clarifications in order and the client's record", async () => {
    const client = await createTestUser(t.db, "Sana Malik");
    const jobId = await createJob(t.db, client.userId);
    await createJob(t.db, client.userId, { status: "FILLED" });
    await createJob(t.db, client.userId, { status: "CLOSED" });
    await createJob(t.db, client.userId, { status: "CLOSED" });
    await t.db.profile.create({ data: { userId: client.userId, clientRatingSum: 9, clientRatingCount: 2 } });
    await addClarification(t.db, client, jobId, { body: "first" });
    await addClarification(t.db, client, jobId, { body: "second" });
    const page = await getJob(t.db, jobId, null);
    expect(page).toMatchObject({ id: jobId, titleEn: "Logo for a shop", status: "OPEN", proposalCount: 0 });
    expect(page.clarifications.map((c) => c.body)).toEqual(["first", "second"]);
    expect(page.client).toMatchObject({ jobsPosted: 4, hireRate: 1 / 3, rating: 4.5, ratingCount: 2 });
    expect(page.client.memberSince).toBeInstanceOf(Date);
  });

  it("a new client has no hire rate and no rating yet", async () => {
    const client = await createTestUser(t.db, "Sana Malik");
    const jobId = await createJob(t.db, client.userId);
    expect((await getJob(t.db, jobId, client.userId)).client).toMatchObject({
      jobsPosted: 1,
      hireRate: null,
      rating: null,
      ratingCount: 0,
    });
  });

  it("NOT_FOUND for an invite-only job to a stranger, a removed job to all but the client, and an unknown id", async () => {
    const client = await createTestUser(t.db, "Sana Malik");
    const stranger = await createTestFreelancer(t.db);
    const invited = await createJob(t.db, client.userId, { visibility: "INVITE_ONLY" });
    const removed = await createJob(t.db, client.userId, { status: "REMOVED" });
    for (const [jobId, viewer] of [
      [invited, stranger.userId],
      [invited, null],
      [removed, stranger.userId],
      ["nope", client.userId],
    ] as const) {
      const error = await getJob(t.db, jobId, viewer).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe("NOT_FOUND");
    }
    expect((await getJob(t.db, removed, client.userId)).status).toBe("REMOVED");
  });
});
