import { testDbKinds } from "@hunar/db/testing";
import { createTestGig, createTestUser } from "@hunar/db/testing/factories";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { describe, expect, it } from "vitest";
import { countModerationQueue, listModerationQueue } from "./moderation-queue.ts";
import { countReportQueue, listReportQueue } from "./report-queue.ts";

describe.each(testDbKinds())("moderation queue count on %s", (kind) => {
  const t = useTestDb(kind);

  it("counts exactly what each queue lists: submissions and edits in moderation, open gig and user reports in the report queue, each once", async () => {
    const freelancer = await createTestUser(t.db, "Ayesha Khan");
    const reporter = await createTestUser(t.db, "Bilal Ahmed");
    const waiting = await createTestGig(t.db, freelancer.userId, { status: "PENDING_REVIEW" });
    await createTestGig(t.db, freelancer.userId, { status: "PENDING_REVIEW" });
    // Drafts, published and rejected gigs wait for nobody.
    await createTestGig(t.db, freelancer.userId, { status: "DRAFT" });
    await createTestGig(t.db, freelancer.userId, { status: "REJECTED" });
    const published = await createTestGig(t.db, freelancer.userId);
    await t.db.gigRevision.createMany({
      data: [
        { gigId: published.gigId, data: {}, status: "PENDING_REVIEW" },
        { gigId: published.gigId, data: {}, status: "SUPERSEDED" },
        { gigId: published.gigId, data: {}, status: "APPROVED" },
      ],
    });
    const report = { reporterId: reporter.userId, reason: "SPAM" as const };
    await t.db.report.createMany({
      data: [
        { ...report, targetType: "GIG", targetId: published.gigId },
        { ...report, targetType: "GIG", targetId: waiting.gigId, status: "DISMISSED" },
        { ...report, targetType: "GIG", targetId: published.gigId, status: "ACTIONED" },
        // An open report about something else belongs to another queue.
        { ...report, targetType: "MESSAGE", targetId: "message-1" },
        { ...report, targetType: "USER", targetId: freelancer.userId },
      ],
    });

    const counts = await countModerationQueue(t.db);
    const { items } = await listModerationQueue(t.db);
    expect(counts).toEqual({ submissions: 2, revisions: 1 });
    expect(counts.submissions + counts.revisions).toBe(items.length);
    expect(items.filter((item) => item.kind === "SUBMISSION")).toHaveLength(counts.submissions);
    expect(items.filter((item) => item.kind === "REVISION")).toHaveLength(counts.revisions);
    // The open gig report and the open user report wait in the report queue, and only there.
    const reports = await listReportQueue(t.db);
    expect(await countReportQueue(t.db)).toBe(2);
    expect(reports.map((item) => [item.target.type, item.reason])).toEqual([
      ["GIG", "SPAM"],
      ["USER", "SPAM"],
    ]);
  });
});
