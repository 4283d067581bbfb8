import { createTestDb, type TestDb, testDbKinds } from "@hunar/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGig } from "./create-gig.ts";
import { getGig } from "./get-gig.ts";
import { approveGig, rejectGig, requestGigChanges } from "./moderate-gig.ts";
import { listModerationQueue } from "./moderation-queue.ts";
import { listReportQueue } from "./report-queue.ts";
import { reportGig } from "./report-gig.ts";
import { createGigWorld, createPerson, type GigWorld, publishedGig } from "./testing/gig-fixtures.ts";
import { gigFormValues } from "./testing/gig-form.ts";
import { updateGig } from "./update-gig.ts";

describe.each(testDbKinds())("gig reports on %s", (kind) => {
  let testDb: TestDb;
  let world: GigWorld;
  const db = () => testDb.db;
  const admin = () => ({ userId: world.admin.userId, isAdmin: true });

  beforeAll(async () => {
    testDb = await createTestDb(kind);
    world = await createGigWorld(db());
  });
  afterAll(() => testDb.close());

  it("any signed-in user reports a published gig into the report queue, once", async () => {
    const gig = await publishedGig(db(), world);
    const { reportId } = await reportGig(db(), world.stranger.userId, gig.id, {
      reason: "OFF_PLATFORM_PAYMENT",
      note: "Asks for JazzCash directly.",
    });
    const queue = await listReportQueue(db());
    expect(queue.find((item) => item.reportId === reportId)).toMatchObject({
      reason: "OFF_PLATFORM_PAYMENT",
      details: "Asks for JazzCash directly.",
      reporter: { id: world.stranger.userId },
      target: { type: "GIG", gig: { id: gig.id } },
    });
    await expect(reportGig(db(), world.stranger.userId, gig.id, { reason: "SPAM" })).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "gigs:errors.alreadyReported",
    });
    expect(await db().report.count({ where: { targetId: gig.id } })).toBe(1);
  });

  it("refuses reports of one's own gig, of unpublished gigs and with bad input, writing nothing", async () => {
    const gig = await publishedGig(db(), world);
    const draft = await createGig(db(), world.freelancer, gigFormValues(world.logoCategoryId));
    await expect(reportGig(db(), world.freelancer.userId, gig.id, { reason: "SPAM" })).rejects.toMatchObject({
      messageKey: "gigs:errors.cannotReportOwn",
    });
    await expect(reportGig(db(), world.stranger.userId, draft.id, { reason: "SPAM" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(reportGig(db(), world.stranger.userId, gig.id, { reason: "BORING" as "SPAM" })).rejects.toMatchObject({
      fields: { reason: { key: "gigs:errors.reportReasonInvalid" } },
    });
    await expect(reportGig(db(), world.stranger.userId, gig.id, { reason: "SCAM", note: "<script>x</script>" })).rejects.toMatchObject({
      fields: { note: { key: "gigs:errors.noMarkup" } },
    });
    expect(await db().report.count({ where: { targetId: { in: [gig.id, draft.id] } } })).toBe(0);
  });

  it("approving a report keeps the gig and dismisses the report, audited", async () => {
    const gig = await publishedGig(db(), world);
    const { reportId } = await reportGig(db(), world.stranger.userId, gig.id, { reason: "SPAM" });
    await expect(approveGig(db(), admin(), { kind: "REPORT", reportId }, " ")).rejects.toMatchObject({
      fields: { reason: { key: "gigs:errors.required" } },
    });
    expect((await db().report.findUniqueOrThrow({ where: { id: reportId } })).status).toBe("OPEN");
    expect((await approveGig(db(), admin(), { kind: "REPORT", reportId }, "Not spam: an ordinary listing")).status).toBe("PUBLISHED");
    expect(await db().report.findUniqueOrThrow({ where: { id: reportId } })).toMatchObject({
      status: "DISMISSED",
      resolvedById: world.admin.userId,
      resolutionNote: "Not spam: an ordinary listing",
    });
    expect(await db().auditLog.findFirstOrThrow({ where: { targetId: gig.id, action: "gig.report.dismiss" } })).toMatchObject({
      actorId: world.admin.userId,
      reason: "Not spam: an ordinary listing",
      data: { reportId, before: { reportStatus: "OPEN", status: "PUBLISHED" }, after: { reportStatus: "DISMISSED", status: "PUBLISHED" } },
    });
    await expect(approveGig(db(), admin(), { kind: "REPORT", reportId }, "Meets the listing rules")).rejects.toMatchObject({
      messageKey: "gigs:errors.alreadyDecided",
    });
  });

  it("taking a reported gig down rejects it and resolves every open report on it", async () => {
    const gig = await publishedGig(db(), world);
    const other = await createPerson(db(), "Zara Iqbal");
    const first = await reportGig(db(), world.stranger.userId, gig.id, { reason: "SCAM" });
    const second = await reportGig(db(), other.userId, gig.id, { reason: "SPAM" });
    const edit = await updateGig(
      db(),
      world.freelancer,
      gig.id,
      gigFormValues(world.logoCategoryId, { titleEn: "An edit waiting while reported" }),
    );

    const result = await rejectGig(db(), admin(), { kind: "REPORT", reportId: first.reportId }, "Fraudulent listing.");
    expect(result.status).toBe("REJECTED");
    await expect(getGig(db(), gig.id, null)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db().report.findMany({ where: { targetId: gig.id }, select: { status: true } })).toEqual([
      { status: "ACTIONED" },
      { status: "ACTIONED" },
    ]);
    expect((await db().gigRevision.findUniqueOrThrow({ where: { id: edit.pendingRevisionId ?? "" } })).status).toBe("SUPERSEDED");
    const queue = await listModerationQueue(db());
    expect(queue.items.some((i) => i.gig.id === gig.id)).toBe(false);
    expect((await listReportQueue(db())).some((item) => item.target.type === "GIG" && item.target.gig?.id === gig.id)).toBe(false);
    expect(await db().auditLog.findFirstOrThrow({ where: { targetId: gig.id, action: "gig.report.takeDown" } })).toMatchObject({
      reason: "Fraudulent listing.",
      data: {
        reportId: first.reportId,
        before: { reportStatus: "OPEN", status: "PUBLISHED" },
        after: { reportStatus: "ACTIONED", status: "REJECTED" },
      },
    });
    await expect(approveGig(db(), admin(), { kind: "REPORT", reportId: second.reportId }, "Meets the listing rules")).rejects.toMatchObject(
      {
        messageKey: "gigs:errors.alreadyDecided",
      },
    );
  });

  it("asking for changes on a reported gig makes the freelancer's latest edit the draft", async () => {
    const gig = await publishedGig(db(), world);
    const { reportId } = await reportGig(db(), world.stranger.userId, gig.id, { reason: "COPYRIGHT" });
    await updateGig(db(), world.freelancer, gig.id, gigFormValues(world.logoCategoryId, { titleEn: "My own original logo design work" }));
    const result = await requestGigChanges(db(), admin(), { kind: "REPORT", reportId }, "Replace the borrowed sample images.");
    expect(result.status).toBe("DRAFT");
    const owner = await getGig(db(), gig.id, world.freelancer);
    expect(owner).toMatchObject({
      titleEn: "My own original logo design work",
      rejectionReason: "Replace the borrowed sample images.",
      pendingRevision: null,
    });
  });
});
