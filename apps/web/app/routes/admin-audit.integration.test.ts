import { testDbKinds } from "@hunar/db/testing";
import { createTestUser } from "@hunar/db/testing/factories";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { describe, expect, it } from "vitest";
import { get, runRoute, testContext } from "#app/test/action-context.ts";
import { sessionCookie } from "#app/test/gig-requests.ts";
import { loader } from "./admin-audit.tsx";

type Context = ReturnType<typeof testContext>["context"];
const run = (request: Request, context: Context) => runRoute(loader, request, context);

describe.each(testDbKinds())("the admin audit log page on %s", (kind) => {
  const t = useTestDb(kind);

  it("shows admins the log with its filters, refuses everyone else, and answers bad filters with field errors", async () => {
    const context = testContext(t.db).context;
    const admin = await createTestUser(t.db, "Nadia Admin", { isAdmin: true });
    const client = await createTestUser(t.db, "Sana Malik");
    await t.db.auditLog.create({
      data: {
        actorId: admin.userId,
        action: "gig.reject",
        targetType: "Gig",
        targetId: "gig-42",
        reason: "Copied images",
        data: { before: "PENDING_REVIEW" },
      },
    });
    const adminCookie = await sessionCookie(t.db, admin.userId);
    expect((await run(get("/admin/audit", await sessionCookie(t.db, client.userId)), context)).status).toBe(403);
    expect((await run(get("/admin/audit"), context)).status).toBe(302);
    const page = await run(get("/admin/audit?action=gig.&targetId=gig-42", adminCookie), context);
    expect(page).toMatchObject({
      status: 200,
      body: {
        filters: { action: "gig.", targetId: "gig-42" },
        page: { entries: [{ action: "gig.reject", reason: "Copied images", actor: { displayName: "Nadia Admin" } }], nextCursor: null },
      },
    });
    const badKind = await run(get("/admin/audit?action=%3Cscript%3E", adminCookie), context);
    expect(badKind).toMatchObject({ status: 400, body: { page: null, errors: { action: { key: "errors:invalid" } } } });
    const forged = await run(get("/admin/audit?cursor=forged", adminCookie), context);
    expect(forged).toMatchObject({ status: 400, body: { page: null, errors: { cursor: { key: "errors:invalid" } } } });
  });
});
