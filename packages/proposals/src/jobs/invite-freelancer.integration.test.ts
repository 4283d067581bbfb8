import type { Db } from "@hunar/db/types";
import { testDbKinds } from "@hunar/db/testing";
import { createTestCategory, createTestFreelancer, createTestUser } from "@hunar/db/testing/factories";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { describe, expect, it } from "vitest";
import { canSeeJob } from "./can-see-job.ts";
import { inviteFreelancer } from "./invite-freelancer.ts";
import { refusal } from "@hunar/db/testing/refusal";

async function createJob(db: Db, clientId: string, status: "OPEN" | "CLOSED" = "OPEN") {
  const categoryId = await createTestCategory(db);
  return db.job.create({
    data: { clientId, categoryId, titleEn: "Logo for a shop", descriptionEn: "A simple logo", visibility: "INVITE_ONLY", status },
    select: { id: true, clientId: true, status: true, visibility: true },
  });
}

describe.each(testDbKinds())("inviting a freelancer on %s", (kind) => {
  const t = useTestDb(kind);

  it("invites once however often it is asked, notifies the invitee once, and lets them see the job", async () => {
    const client = await createTestUser(t.db, "Sana Malik");
    const freelancer = await createTestFreelancer(t.db);
    const job = await createJob(t.db, client.userId);
    const first = await inviteFreelancer(t.db, client, job.id, freelancer.userId);
    const second = await inviteFreelancer(t.db, client, job.id, freelancer.userId);
    expect(second).toEqual(first);
    expect(await t.db.jobInvite.count({ where: { jobId: job.id } })).toBe(1);
    const notes = await t.db.notification.findMany({
      where: { userId: freelancer.userId },
      select: { kind: true, data: true, link: true },
    });
    expect(notes).toEqual([
      { kind: "job.invited", data: { jobId: job.id, title: "Logo for a shop", clientName: "Sana Malik" }, link: `/jobs/${job.id}` },
    ]);
    expect(await canSeeJob(t.db, job, freelancer.userId)).toBe(true);
  });

  it("refuses a stranger, a closed job, the client themself, a suspended or unknown freelancer; nothing is written", async () => {
    const client = await createTestUser(t.db, "Sana Malik");
    const other = await createTestUser(t.db, "Hamza Ali");
    const freelancer = await createTestFreelancer(t.db);
    const suspended = await createTestFreelancer(t.db, "Kamran Butt", { suspended: true });
    const job = await createJob(t.db, client.userId);
    const closed = await createJob(t.db, client.userId, "CLOSED");
    expect(await refusal(inviteFreelancer(t.db, other, job.id, freelancer.userId))).toEqual({
      code: "NOT_FOUND",
      messageKey: "jobs:errors.notFound",
    });
    expect(await refusal(inviteFreelancer(t.db, client, closed.id, freelancer.userId))).toEqual({
      code: "INVALID_STATE",
      messageKey: "jobs:errors.notOpen",
    });
    expect(await refusal(inviteFreelancer(t.db, client, job.id, client.userId))).toEqual({
      code: "BAD_INPUT",
      messageKey: "jobs:errors.inviteSelf",
    });
    expect(await refusal(inviteFreelancer(t.db, client, job.id, suspended.userId))).toEqual({
      code: "NOT_FOUND",
      messageKey: "jobs:errors.freelancerNotFound",
    });
    expect(await refusal(inviteFreelancer(t.db, client, job.id, "nobody"))).toEqual({
      code: "NOT_FOUND",
      messageKey: "jobs:errors.freelancerNotFound",
    });
    expect(await t.db.jobInvite.count({ where: { jobId: { in: [job.id, closed.id] } } })).toBe(0);
    expect(await t.db.notification.count({ where: { userId: { in: [freelancer.userId, suspended.userId, client.userId] } } })).toBe(0);
  });
});
