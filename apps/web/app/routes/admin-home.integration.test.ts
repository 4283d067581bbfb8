import { testDbKinds } from "@hunar/db/testing";
import { createTestGig, createTestUser } from "@hunar/db/testing/factories";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { addDays } from "@hunar/orders/order-link";
import { describe, expect, it } from "vitest";
import { get, runRoute, testContext } from "#app/test/action-context.ts";
import { sessionCookie } from "#app/test/gig-requests.ts";
import { loader } from "./admin-home.tsx";

type Context = ReturnType<typeof testContext>["context"];
const run = (request: Request, context: Context) => runRoute(loader, request, context);

describe.each(testDbKinds())("the admin home page on %s", (kind) => {
  const t = useTestDb(kind);

  it("shows admins every queue's count, refuses everyone else and sends the signed-out to log in", async () => {
    const context = testContext(t.db).context;
    const admin = await createTestUser(t.db, "Nadia Admin", { isAdmin: true });
    const freelancer = await createTestUser(t.db, "Ayesha Khan", { profile: {} });
    const client = await createTestUser(t.db, "Sana Malik");
    const waiting = await createTestGig(t.db, freelancer.userId, { status: "PENDING_REVIEW" });
    const published = await createTestGig(t.db, freelancer.userId);
    const report = { reporterId: client.userId, reason: "SPAM" as const };
    await t.db.report.createMany({
      data: [
        { ...report, targetType: "GIG", targetId: published.gigId },
        { ...report, targetType: "GIG", targetId: waiting.gigId, status: "DISMISSED" },
        { ...report, targetType: "MESSAGE", targetId: "message-1" },
        { ...report, targetType: "USER", targetId: freelancer.userId },
        { ...report, targetType: "USER", targetId: freelancer.userId, status: "ACTIONED" },
      ],
    });
    await t.db.fundingRequest.createMany({
      data: ["PENDING", "CONFIRMED"].map((status, index) => ({
        userId: client.userId,
        amountPaisa: 150_000n,
        rail: "JAZZCASH" as const,
        providerReference: `TXN-HOME-${index}`,
        status: status as "PENDING" | "CONFIRMED",
      })),
    });
    await t.db.profile.update({ where: { userId: freelancer.userId }, data: { cnic: "35202-1234567-1" } });
    const outage = (createdAt: Date) => ({
      reason: "Nationwide internet disruption",
      startedAt: createdAt,
      hours: 6,
      declaredById: admin.userId,
      createdAt,
    });
    const latest = addDays(new Date(), -2);
    await t.db.outage.createMany({ data: [outage(latest), outage(addDays(new Date(), -90))] });

    expect((await run(get("/admin", await sessionCookie(t.db, client.userId)), context)).status).toBe(403);
    const anonymous = await run(get("/admin"), context);
    expect(anonymous.status).toBe(302);
    expect(anonymous.location).toContain("/login");
    const page = await run(get("/admin", await sessionCookie(t.db, admin.userId)), context);
    expect(page).toMatchObject({
      status: 200,
      body: {
        moderation: { submissions: 1, revisions: 0 },
        messageReports: 1,
        reports: 2,
        funding: 1,
        payouts: 0,
        verifications: 1,
        outages: { recent: 1, days: 30, latestAt: latest },
      },
    });
    // The charts' figures: twelve Pakistani weeks, the last one now's; nothing was paid yet.
    const { weeks } = (page.body as { dashboard: { weeks: { ordersFunded: number; newUsers: number }[] } }).dashboard;
    expect(weeks).toHaveLength(12);
    expect(weeks.every((week) => week.ordersFunded === 0)).toBe(true);
    expect(weeks.at(-1)?.newUsers).toBeGreaterThanOrEqual(3);
  });
});
