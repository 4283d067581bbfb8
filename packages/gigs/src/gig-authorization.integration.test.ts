import { createTestDb, type TestDb, testDbKinds } from "@hunar/db/testing";
import { setTestUserSuspended } from "@hunar/db/testing/factories";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGig } from "./create-gig.ts";
import { getGig } from "./get-gig.ts";
import { loadGigFormValues } from "./gig-form-values.ts";
import { approveGig, rejectGig, requestGigChanges } from "./moderate-gig.ts";
import { pauseGig, resumeGig } from "./pause-gig.ts";
import { recordGigView } from "./record-view.ts";
import { reportGig } from "./report-gig.ts";
import { submitGig } from "./submit-gig.ts";
import { createGigWorld, type GigWorld, publishedGig } from "./testing/gig-fixtures.ts";
import { gigFormValues } from "./testing/gig-form.ts";
import { updateGig } from "./update-gig.ts";

describe.each(testDbKinds())("gig authorization on %s", (kind) => {
  let testDb: TestDb;
  let world: GigWorld;
  let draftId: string;
  let liveId: string;
  const db = () => testDb.db;

  beforeAll(async () => {
    testDb = await createTestDb(kind);
    world = await createGigWorld(db());
    draftId = (await createGig(db(), world.freelancer, gigFormValues(world.logoCategoryId))).id;
    liveId = (await publishedGig(db(), world)).id;
  });
  afterAll(() => testDb.close());

  it("someone else's gig cannot be edited, submitted, paused or resumed: FORBIDDEN, nothing changes", async () => {
    const before = await db().gig.findUniqueOrThrow({ where: { id: liveId } });
    const values = gigFormValues(world.logoCategoryId, { titleEn: "A stranger's takeover of this listing" });
    await expect(updateGig(db(), world.stranger, liveId, values)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(updateGig(db(), world.stranger, draftId, values)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(submitGig(db(), world.stranger, draftId)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(pauseGig(db(), world.stranger, liveId)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(resumeGig(db(), world.stranger, liveId)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(loadGigFormValues(db(), world.stranger, liveId)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db().gig.findUniqueOrThrow({ where: { id: liveId } })).toEqual(before);
    expect(await db().gigRevision.count({ where: { gigId: liveId } })).toBe(0);
  });

  it("an admin moderates but does not edit other people's listings", async () => {
    const values = gigFormValues(world.logoCategoryId);
    await expect(updateGig(db(), world.admin, liveId, values)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("a gig that does not exist is NOT_FOUND", async () => {
    await expect(updateGig(db(), world.freelancer, "no-such-gig", gigFormValues(world.logoCategoryId))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(getGig(db(), "no-such-gig", world.admin)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("an unpublished gig is NOT_FOUND for strangers and visitors, visible to its owner and admins", async () => {
    const draft = await db().gig.findUniqueOrThrow({ where: { id: draftId } });
    for (const ref of [draft.id, draft.slug]) {
      await expect(getGig(db(), ref, null)).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(getGig(db(), ref, world.stranger)).rejects.toMatchObject({ code: "NOT_FOUND" });
      expect((await getGig(db(), ref, world.freelancer)).viewer).toEqual({ isOwner: true, isAdmin: false });
      expect((await getGig(db(), ref, world.admin)).viewer).toEqual({ isOwner: false, isAdmin: true });
    }
  });

  it("a paused gig disappears for buyers and comes back when resumed", async () => {
    expect((await pauseGig(db(), world.freelancer, liveId)).status).toBe("PAUSED");
    await expect(getGig(db(), liveId, world.stranger)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(pauseGig(db(), world.freelancer, liveId)).rejects.toMatchObject({ messageKey: "gigs:errors.notPausable" });
    expect((await resumeGig(db(), world.freelancer, liveId)).status).toBe("PUBLISHED");
    expect((await getGig(db(), liveId, world.stranger)).status).toBe("PUBLISHED");
    await expect(resumeGig(db(), world.freelancer, liveId)).rejects.toMatchObject({ messageKey: "gigs:errors.notResumable" });
  });

  it("a suspended seller's gig is unavailable to buyers like a paused one, shown to admins as such, and back once restored", async () => {
    const unavailable = { code: "NOT_FOUND", messageKey: "gigs:errors.gigUnavailable" };
    const slug = (await db().gig.findUniqueOrThrow({ where: { id: liveId } })).slug;
    const views = async () => (await db().gig.findUniqueOrThrow({ where: { id: liveId } })).viewCount;
    expect(await getGig(db(), liveId, world.stranger)).toMatchObject({ status: "PUBLISHED", sellerActive: true });

    await setTestUserSuspended(db(), world.freelancer.userId, true);
    for (const ref of [liveId, slug]) {
      await expect(getGig(db(), ref, null)).rejects.toMatchObject(unavailable);
      await expect(getGig(db(), ref, world.stranger)).rejects.toMatchObject(unavailable);
    }
    // The same answer as for a gig that never existed: nothing says which it is.
    await expect(getGig(db(), "no-such-gig", null)).rejects.toMatchObject(unavailable);
    expect(await getGig(db(), liveId, world.admin)).toMatchObject({ status: "PUBLISHED", sellerActive: false, viewer: { isAdmin: true } });
    await expect(reportGig(db(), world.stranger.userId, liveId, { reason: "SPAM" })).rejects.toMatchObject(unavailable);
    const before = await views();
    await recordGigView(db(), liveId, { userId: world.admin.userId, address: "203.0.113.1" });
    expect(await views()).toBe(before);

    await setTestUserSuspended(db(), world.freelancer.userId, false);
    expect(await getGig(db(), slug, null)).toMatchObject({ id: liveId, status: "PUBLISHED", sellerActive: true });
    await recordGigView(db(), liveId, { userId: world.stranger.userId, address: "203.0.113.2" });
    expect(await views()).toBe(before + 1);
  });

  it("moderation by a non-admin is FORBIDDEN and writes nothing", async () => {
    const gig = await createGig(db(), world.freelancer, gigFormValues(world.logoCategoryId));
    await submitGig(db(), world.freelancer, gig.id);
    const notAdmin = { userId: world.stranger.userId, isAdmin: false };
    const target = { kind: "SUBMISSION" as const, gigId: gig.id };
    await expect(approveGig(db(), notAdmin, target, "Meets the listing rules")).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(rejectGig(db(), notAdmin, target, "Not allowed to decide")).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(requestGigChanges(db(), notAdmin, target, "Not allowed to decide")).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await db().gig.findUniqueOrThrow({ where: { id: gig.id } })).status).toBe("PENDING_REVIEW");
    expect(await db().auditLog.count({ where: { targetId: gig.id } })).toBe(0);
  });
});
