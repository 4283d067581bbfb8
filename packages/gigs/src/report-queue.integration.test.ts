import { createTestDb, type TestDb, testDbKinds } from "@hunar/db/testing";
import { setTestUserSuspended } from "@hunar/db/testing/factories";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reportGig } from "./report-gig.ts";
import { countReportQueue, listReportQueue } from "./report-queue.ts";
import { reportUser } from "./report-user.ts";
import { resolveReport } from "./resolve-report.ts";
import { createGigWorld, createPerson, type GigWorld, publishedGig } from "./testing/gig-fixtures.ts";

describe.each(testDbKinds())("the report queue for gigs and people on %s", (kind) => {
  let testDb: TestDb;
  let world: GigWorld;
  const db = () => testDb.db;
  const admin = () => ({ userId: world.admin.userId, ip: "203.0.113.7" });

  beforeAll(async () => {
    testDb = await createTestDb(kind);
    world = await createGigWorld(db());
  });
  afterAll(() => testDb.close());

  it("any signed-in user reports a person once; not themselves, nobody unknown or suspended; bad input changes nothing", async () => {
    const target = await createPerson(db(), "Kamran Shah");
    const { reportId } = await reportUser(db(), world.stranger.userId, target.userId, { reason: "SCAM", note: "Took payment outside." });
    await expect(reportUser(db(), world.stranger.userId, target.userId, { reason: "SPAM" })).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "gigs:errors.alreadyReportedUser",
    });
    await expect(reportUser(db(), target.userId, target.userId, { reason: "SPAM" })).rejects.toMatchObject({
      messageKey: "gigs:errors.cannotReportYourself",
    });
    await expect(reportUser(db(), world.stranger.userId, "nobody", { reason: "SPAM" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const suspended = await createPerson(db(), "Suspended Person");
    await setTestUserSuspended(db(), suspended.userId, true);
    await expect(reportUser(db(), world.stranger.userId, suspended.userId, { reason: "SPAM" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(reportUser(db(), world.freelancer.userId, target.userId, { reason: "BORING" as "SPAM" })).rejects.toMatchObject({
      fields: { reason: { key: "gigs:errors.reportReasonInvalid" } },
    });
    expect(await db().report.count({ where: { targetType: "USER", targetId: { in: [target.userId, suspended.userId] } } })).toBe(1);
    expect((await listReportQueue(db())).find((item) => item.reportId === reportId)).toMatchObject({
      reason: "SCAM",
      details: "Took payment outside.",
      reporter: { id: world.stranger.userId },
      target: { type: "USER", user: { id: target.userId, displayName: "Kamran Shah" } },
    });
  });

  it("lists open gig and user reports oldest first, counted alike; message reports and decided ones stay out", async () => {
    const gig = await publishedGig(db(), world);
    const person = await createPerson(db(), "Late Person");
    const base = { reporterId: world.stranger.userId, reason: "SPAM" as const };
    await db().report.createMany({
      data: [
        { ...base, targetType: "USER", targetId: person.userId, createdAt: new Date("2020-01-02T00:00:00Z") },
        { ...base, targetType: "GIG", targetId: gig.id, createdAt: new Date("2020-01-01T00:00:00Z") },
        { ...base, targetType: "MESSAGE", targetId: "message-x", createdAt: new Date("2019-01-01T00:00:00Z") },
        { ...base, targetType: "GIG", targetId: gig.id, status: "DISMISSED", createdAt: new Date("2019-01-01T00:00:00Z") },
      ],
    });
    const items = await listReportQueue(db());
    expect(items.slice(0, 2).map((item) => item.target.type)).toEqual(["GIG", "USER"]);
    expect(items.map((item) => item.reportedAt.getTime())).toEqual(items.map((item) => item.reportedAt.getTime()).sort((a, b) => a - b));
    expect(await countReportQueue(db())).toBe(items.length);
    expect(items.every((item) => item.target.type === "GIG" || item.target.type === "USER")).toBe(true);
  });

  it("an admin dismisses with a reason: the report closes, the gig stays up, the audit row has before and after", async () => {
    const gig = await publishedGig(db(), world);
    const { reportId } = await reportGig(db(), world.stranger.userId, gig.id, { reason: "SPAM" });
    const second = await createPerson(db(), "Second Reporter");
    const other = await reportGig(db(), second.userId, gig.id, { reason: "SCAM" });
    expect(await resolveReport(db(), admin(), { reportId, outcome: "DISMISSED", reason: "  Looks like an honest listing.  " })).toEqual({
      reportId,
      outcome: "DISMISSED",
    });
    expect(await db().report.findUniqueOrThrow({ where: { id: reportId } })).toMatchObject({
      status: "DISMISSED",
      resolvedById: world.admin.userId,
      resolutionNote: "Looks like an honest listing.",
    });
    expect((await db().report.findUniqueOrThrow({ where: { id: other.reportId } })).status).toBe("OPEN");
    expect((await db().gig.findUniqueOrThrow({ where: { id: gig.id } })).status).toBe("PUBLISHED");
    expect(await db().auditLog.findFirstOrThrow({ where: { action: "gig.report.dismiss", targetId: gig.id } })).toMatchObject({
      actorId: world.admin.userId,
      targetType: "Gig",
      reason: "Looks like an honest listing.",
      ip: "203.0.113.7",
      data: {
        reportId,
        outcome: "DISMISSED",
        gigStatusBefore: "PUBLISHED",
        gigStatusAfter: "PUBLISHED",
        before: { status: "OPEN" },
        after: { status: "DISMISSED", otherReportsClosed: 0 },
      },
    });
    await expect(resolveReport(db(), admin(), { reportId, outcome: "ACTIONED", reason: "Again." })).rejects.toMatchObject({
      code: "INVALID_STATE",
      messageKey: "admin:reports.errors.alreadyResolved",
    });
  });

  it("action taken on a gig takes it down and closes every open report of it; on a person it closes theirs", async () => {
    const gig = await publishedGig(db(), world);
    const first = await reportGig(db(), world.stranger.userId, gig.id, { reason: "SCAM" });
    const second = await reportGig(db(), (await createPerson(db(), "Another Buyer")).userId, gig.id, { reason: "SCAM" });
    await resolveReport(db(), admin(), { reportId: first.reportId, outcome: "ACTIONED", reason: "Fraudulent listing." });
    expect(await db().gig.findUniqueOrThrow({ where: { id: gig.id } })).toMatchObject({
      status: "REJECTED",
      rejectionReason: "Fraudulent listing.",
    });
    expect((await db().report.findUniqueOrThrow({ where: { id: second.reportId } })).status).toBe("ACTIONED");
    expect((await db().auditLog.findFirstOrThrow({ where: { action: "gig.report.takeDown", targetId: gig.id } })).data).toMatchObject({
      gigStatusBefore: "PUBLISHED",
      gigStatusAfter: "REJECTED",
      after: { status: "ACTIONED", otherReportsClosed: 1 },
    });

    const person = await createPerson(db(), "Reported Person");
    const { reportId } = await reportUser(db(), world.stranger.userId, person.userId, { reason: "OFFENSIVE" });
    await resolveReport(db(), admin(), { reportId, outcome: "ACTIONED", reason: "Warned and suspended." });
    expect(await db().auditLog.findFirstOrThrow({ where: { action: "user.report.action", targetId: person.userId } })).toMatchObject({
      targetType: "User",
      reason: "Warned and suspended.",
    });
  });

  it("refuses a missing reason, a bad outcome, a non-admin and a message report, changing nothing", async () => {
    const person = await createPerson(db(), "Unchanged Person");
    const { reportId } = await reportUser(db(), world.stranger.userId, person.userId, { reason: "SPAM" });
    const audits = await db().auditLog.count();
    await expect(resolveReport(db(), admin(), { reportId, outcome: "DISMISSED", reason: "   " })).rejects.toMatchObject({
      code: "BAD_INPUT",
      fields: { reason: { key: "admin:reports.errors.reasonRequired" } },
    });
    await expect(resolveReport(db(), admin(), { reportId, outcome: "DELETE", reason: "x" })).rejects.toMatchObject({
      fields: { outcome: { key: "admin:reports.errors.outcomeInvalid" } },
    });
    // The role is read from the database: a session claiming admin is not enough.
    await expect(
      resolveReport(db(), { userId: world.freelancer.userId }, { reportId, outcome: "DISMISSED", reason: "Fine." }),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const message = await db().report.create({
      data: { reporterId: world.stranger.userId, targetType: "MESSAGE", targetId: "message-y", reason: "SPAM" },
    });
    await expect(resolveReport(db(), admin(), { reportId: message.id, outcome: "DISMISSED", reason: "Fine." })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect((await db().report.findUniqueOrThrow({ where: { id: reportId } })).status).toBe("OPEN");
    expect((await db().report.findUniqueOrThrow({ where: { id: message.id } })).status).toBe("OPEN");
    expect(await db().auditLog.count()).toBe(audits);
  });
});
