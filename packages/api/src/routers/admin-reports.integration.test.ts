import { createSession } from "@hunar/auth/session";
import { type AuthLimiter, createAuthLimiter } from "@hunar/auth/rate-limit";
import type { Db } from "@hunar/db/client";
import { createTestDb, type TestDb, testDbKinds } from "@hunar/db/testing";
import { createTestGig, createTestUser } from "@hunar/db/testing/factories";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeError } from "../errors.ts";
import { rejection, TestBrowser } from "../testing/test-browser.ts";

describe.each(testDbKinds())("the report queue through tRPC on %s", (kind) => {
  let testDb: TestDb;
  let db: Db;
  let limiter: AuthLimiter;
  let admin: TestBrowser;
  let member: TestBrowser;
  let reporterId: string;
  let gigId: string;

  const signedIn = async (userId: string) => {
    const browser = new TestBrowser(db, limiter);
    browser.token = (await createSession(db, userId)).token;
    return browser;
  };

  beforeAll(async () => {
    testDb = await createTestDb(kind);
    db = testDb.db;
    limiter = createAuthLimiter({ redis: null });
    admin = await signedIn((await createTestUser(db, "Nadia Admin", { isAdmin: true })).userId);
    const reporter = await createTestUser(db, "Sana Malik");
    reporterId = reporter.userId;
    member = await signedIn(reporterId);
    const freelancer = await createTestUser(db, "Ayesha Khan", { profile: {} });
    gigId = (await createTestGig(db, freelancer.userId)).gigId;
  });
  afterAll(() => testDb.close());

  it("lists and resolves for admins only: 401 signed out, 403 for anyone else, nothing changed", async () => {
    const { id: reportId } = await db.report.create({ data: { reporterId, targetType: "GIG", targetId: gigId, reason: "SCAM" } });
    const visitor = new TestBrowser(db, limiter);
    expect(describeError(await rejection(visitor.call((api) => api.adminReports.list())), "en").status).toBe(401);
    expect(describeError(await rejection(member.call((api) => api.adminReports.list())), "en").status).toBe(403);
    const resolve = { reportId, outcome: "DISMISSED", reason: "Honest listing." };
    expect(describeError(await rejection(visitor.call((api) => api.adminReports.resolve(resolve))), "en").status).toBe(401);
    expect(describeError(await rejection(member.call((api) => api.adminReports.resolve(resolve))), "en").status).toBe(403);
    expect((await db.report.findUniqueOrThrow({ where: { id: reportId } })).status).toBe("OPEN");

    const list = await admin.call((api) => api.adminReports.list({ limit: 50 }));
    expect(list.find((item) => item.reportId === reportId)).toMatchObject({ target: { type: "GIG", gig: { id: gigId } } });
  });

  it("refuses a missing reason in the caller's language, then resolves with one, audited", async () => {
    const { id: reportId } = await db.report.create({ data: { reporterId, targetType: "GIG", targetId: gigId, reason: "SPAM" } });
    const missing = await rejection(admin.call((api) => api.adminReports.resolve({ reportId, outcome: "DISMISSED", reason: "" })));
    expect(describeError(missing, "ur")).toMatchObject({ status: 400, fieldErrors: { reason: "اپنے فیصلے کی وجہ لکھیں۔" } });
    expect(await db.auditLog.count({ where: { targetId: gigId } })).toBe(0);

    expect(await admin.call((api) => api.adminReports.resolve({ reportId, outcome: "DISMISSED", reason: "Not spam." }))).toEqual({
      reportId,
      outcome: "DISMISSED",
    });
    expect(await db.auditLog.findFirstOrThrow({ where: { targetId: gigId } })).toMatchObject({
      action: "gig.report.dismiss",
      reason: "Not spam.",
    });
    const twice = await rejection(admin.call((api) => api.adminReports.resolve({ reportId, outcome: "ACTIONED", reason: "Again." })));
    expect(describeError(twice, "en")).toMatchObject({ status: 409, appCode: "INVALID_STATE" });
  });
});
