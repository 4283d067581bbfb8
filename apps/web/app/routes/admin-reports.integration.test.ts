import { testDbKinds } from "@hunar/db/testing";
import { createTestGig, createTestUser } from "@hunar/db/testing/factories";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { resources } from "@hunar/i18n/resources";
import { describe, expect, it } from "vitest";
import { formPost, get, runRoute, testContext } from "#app/test/action-context.ts";
import { sessionCookie } from "#app/test/gig-requests.ts";
import { action, loader } from "./admin-reports.tsx";
import { action as profileAction } from "./seller-profile.tsx";

type Context = ReturnType<typeof testContext>["context"];

describe.each(testDbKinds())("the report queue page /admin/reports on %s", (kind) => {
  const t = useTestDb(kind);

  async function world() {
    const context: Context = testContext(t.db).context;
    const admin = await createTestUser(t.db, "Nadia Admin", { isAdmin: true });
    const freelancer = await createTestUser(t.db, "Ayesha Khan", { profile: {} });
    const client = await createTestUser(t.db, "Sana Malik", { profile: {} });
    const gig = await createTestGig(t.db, freelancer.userId);
    const cookies = {
      admin: `${await sessionCookie(t.db, admin.userId)}; lng=ur`,
      client: await sessionCookie(t.db, client.userId),
    };
    return { context, admin, freelancer, client, gig, cookies };
  }

  it("someone reports a person from their profile; admins see it beside gig reports, oldest first; others are refused", async () => {
    const { context, freelancer, client, gig, cookies } = await world();
    await t.db.report.create({
      data: { reporterId: client.userId, targetType: "GIG", targetId: gig.gigId, reason: "SPAM", createdAt: new Date("2020-01-01") },
    });
    const report = (cookie: string) =>
      runRoute(
        profileAction,
        formPost(`/u/${freelancer.handle}`, { intent: "report", reason: "SCAM", note: "Wants payment on JazzCash." }, { cookie }),
        context,
        { handle: freelancer.handle },
      );
    expect(await report(cookies.client)).toMatchObject({ status: 200, body: { form: "report", done: true } });
    expect(await report(cookies.client)).toMatchObject({
      status: 409,
      body: { form: "report", errors: { form: { key: "gigs:errors.alreadyReportedUser" } } },
    });
    const self = await runRoute(
      profileAction,
      formPost(`/u/${freelancer.handle}`, { intent: "report", reason: "SCAM" }, { cookie: await sessionCookie(t.db, freelancer.userId) }),
      context,
      { handle: freelancer.handle },
    );
    expect(self.body).toMatchObject({ errors: { form: { key: "gigs:errors.cannotReportYourself" } } });

    const anonymous = await runRoute(loader, get("/admin/reports"), context);
    expect(anonymous.status).toBe(302);
    expect(anonymous.location).toContain("/login");
    expect((await runRoute(loader, get("/admin/reports", cookies.client), context)).status).toBe(403);
    const page = await runRoute(loader, get("/admin/reports", cookies.admin), context);
    expect(page).toMatchObject({
      status: 200,
      body: {
        reports: [
          { reason: "SPAM", target: { type: "GIG", gig: { id: gig.gigId } }, reporter: { id: client.userId } },
          {
            reason: "SCAM",
            details: "Wants payment on JazzCash.",
            target: { type: "USER", user: { id: freelancer.userId, displayName: "Ayesha Khan" } },
          },
        ],
      },
    });
  });

  it("an admin resolves with a reason, audited; without one the page says why in Urdu and nothing changes", async () => {
    const { context, admin, freelancer, client, cookies } = await world();
    const { id: reportId } = await t.db.report.create({
      data: { reporterId: client.userId, targetType: "USER", targetId: freelancer.userId, reason: "OFFENSIVE" },
    });
    const post = (fields: Record<string, string>, opts: { cookie?: string; origin?: string | null } = {}) =>
      runRoute(action, formPost("/admin/reports", fields, { cookie: cookies.admin, ...opts }), context);
    const audits = () => t.db.auditLog.count({ where: { targetId: freelancer.userId } });

    expect((await post({ reportId, outcome: "DISMISSED", reason: "x" }, { cookie: cookies.client })).status).toBe(403);
    expect((await runRoute(action, formPost("/admin/reports", { reportId, outcome: "DISMISSED", reason: "x" }), context)).status).toBe(302);
    expect((await post({ reportId, outcome: "DISMISSED", reason: "x" }, { origin: "https://evil.example" })).status).toBe(403);
    const missing = await post({ reportId, outcome: "DISMISSED", reason: "   " });
    expect(missing).toMatchObject({
      status: 400,
      body: { reportId, decided: null, errors: { fields: { reason: { key: "admin:reports.errors.reasonRequired" } } } },
    });
    // The page shows the key in the admin's language: it exists in Urdu.
    expect((resources.ur.admin as { reports: { errors: Record<string, string> } }).reports.errors.reasonRequired).toBe(
      "اپنے فیصلے کی وجہ لکھیں۔",
    );
    expect((await post({ reportId, outcome: "DESTROY", reason: "why" })).status).toBe(400);
    expect((await post({ reportId: "no-such-report", outcome: "DISMISSED", reason: "why" })).status).toBe(404);
    expect((await t.db.report.findUniqueOrThrow({ where: { id: reportId } })).status).toBe("OPEN");
    expect(await audits()).toBe(0);

    expect(await post({ reportId, outcome: "ACTIONED", reason: "Abusive messages; account suspended." })).toMatchObject({
      status: 200,
      body: { reportId, decided: "ACTIONED" },
    });
    expect(await t.db.report.findUniqueOrThrow({ where: { id: reportId } })).toMatchObject({
      status: "ACTIONED",
      resolvedById: admin.userId,
      resolutionNote: "Abusive messages; account suspended.",
    });
    expect(await t.db.auditLog.findFirstOrThrow({ where: { targetId: freelancer.userId } })).toMatchObject({
      action: "user.report.action",
      actorId: admin.userId,
      reason: "Abusive messages; account suspended.",
      data: { reportId, before: { status: "OPEN" }, after: { status: "ACTIONED" } },
    });
    const after = (await runRoute(loader, get("/admin/reports", cookies.admin), context)).body as { reports: { reportId: string }[] };
    expect(after.reports.map((item) => item.reportId)).not.toContain(reportId);
  });
});
