import type { Db } from "@hunar/db/types";
import { testDbKinds } from "@hunar/db/testing";
import { createTestCategory, createTestUser } from "@hunar/db/testing/factories";
import { refusal, refusalWithFields } from "@hunar/db/testing/refusal";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { createGig, createSeller } from "@hunar/gigs/search/testing/search-fixtures";
import { describe, expect, it } from "vitest";
import { findInviteCandidates, listInvitableJobs } from "./invite-candidates.ts";
import { inviteFreelancer } from "./invite-freelancer.ts";

async function createJob(db: Db, clientId: string, categoryId: string, status: "OPEN" | "CLOSED" = "OPEN") {
  return db.job.create({
    data: { clientId, categoryId, titleEn: `Logo job ${status}`, descriptionEn: "A logo", visibility: "INVITE_ONLY", status },
    select: { id: true },
  });
}

describe.each(testDbKinds())("finding freelancers to invite on %s", (kind) => {
  const t = useTestDb(kind);

  it("finds each matching seller once, best gig first, in Roman Urdu too, and says who is invited", async () => {
    const categoryId = await createTestCategory(t.db);
    const client = await createTestUser(t.db, "Sana Malik");
    const ayesha = await createSeller(t.db, { name: "Ayesha Khan", city: "Lahore", languages: ["ur"] });
    const bilal = await createSeller(t.db, { name: "Bilal Ahmed", city: null, languages: ["en"] });
    await createGig(t.db, { freelancerId: ayesha, categoryId, titleEn: "Logo design for your shop", titleUr: "دکان کا لوگو" });
    await createGig(t.db, { freelancerId: ayesha, categoryId, titleEn: "Logo animation" });
    await createGig(t.db, { freelancerId: bilal, categoryId, titleEn: "Logo and business cards" });
    // The client's own gig is never offered back to them.
    await createGig(t.db, { freelancerId: client.userId, categoryId, titleEn: "Logo ideas" });
    const job = await createJob(t.db, client.userId, categoryId);
    await inviteFreelancer(t.db, client, job.id, bilal);

    const found = await findInviteCandidates(t.db, client, job.id, "logo");
    expect(found.map((c) => [c.name, c.invited])).toEqual(
      expect.arrayContaining([
        ["Ayesha Khan", false],
        ["Bilal Ahmed", true],
      ]),
    );
    expect(found).toHaveLength(2);
    expect(found.find((c) => c.freelancerId === ayesha)?.city).toBe("Lahore");

    const roman = await findInviteCandidates(t.db, client, job.id, "dukan ka logo");
    expect(roman[0]?.freelancerId).toBe(ayesha);
    expect(await findInviteCandidates(t.db, client, job.id, "plumbing")).toEqual([]);
  });

  it("refuses someone else's job, a closed job and a query with no words, with the field named", async () => {
    const categoryId = await createTestCategory(t.db);
    const client = await createTestUser(t.db, "Sana Malik");
    const other = await createTestUser(t.db, "Hamza Ali");
    const job = await createJob(t.db, client.userId, categoryId);
    const closed = await createJob(t.db, client.userId, categoryId, "CLOSED");
    expect(await refusal(findInviteCandidates(t.db, other, job.id, "logo"))).toEqual({
      code: "NOT_FOUND",
      messageKey: "jobs:errors.notFound",
    });
    expect(await refusal(findInviteCandidates(t.db, client, closed.id, "logo"))).toEqual({
      code: "INVALID_STATE",
      messageKey: "jobs:errors.notOpen",
    });
    expect(await refusalWithFields(findInviteCandidates(t.db, client, job.id, "  !! "))).toEqual({
      code: "BAD_INPUT",
      messageKey: "errors:badInput",
      fields: { q: { key: "search:errors.queryNoWords" } },
    });
  });

  it("lists the client's open jobs for a freelancer's profile, marking the ones they were invited to", async () => {
    const categoryId = await createTestCategory(t.db);
    const client = await createTestUser(t.db, "Sana Malik");
    const freelancer = await createSeller(t.db, { name: "Ayesha Khan", city: null, languages: [] });
    const first = await createJob(t.db, client.userId, categoryId);
    const second = await createJob(t.db, client.userId, categoryId);
    await createJob(t.db, client.userId, categoryId, "CLOSED");
    await inviteFreelancer(t.db, client, first.id, freelancer);
    const jobs = await listInvitableJobs(t.db, client, freelancer);
    expect(jobs.map((job) => [job.id, job.invited])).toEqual(
      expect.arrayContaining([
        [first.id, true],
        [second.id, false],
      ]),
    );
    expect(jobs).toHaveLength(2);
    expect(await listInvitableJobs(t.db, { userId: freelancer }, freelancer)).toEqual([]);
  });
});
