import { type AuthLimiter, createAuthLimiter } from "@hunar/auth/rate-limit";
import type { Db } from "@hunar/db/client";
import { createTestDb, type TestDb, testDbKinds } from "@hunar/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rejection, TestBrowser } from "../testing/test-browser.ts";

const PASSWORD = "chai-at-Lahore-4pm";
let seq = 0;

const profile = {
  headlineUr: "اردو انگریزی مترجم",
  headlineEn: null,
  bioUr: null,
  bioEn: "Eight years of legal and website translation.",
  city: "Faisalabad",
  languages: [{ code: "ur", level: "NATIVE" }],
  skills: ["Translation"],
  showFirstNameOnly: false,
};

describe.each(testDbKinds())("profiles through tRPC on %s", (kind) => {
  let testDb: TestDb;
  let db: Db;
  let limiter: AuthLimiter;

  async function signedUp(name: string) {
    const browser = new TestBrowser(db, limiter, { acceptLanguage: "ur" });
    const email = `profiles-${++seq}@example.pk`;
    const { user } = await browser.call((api) => api.auth.signUp({ name, email, password: PASSWORD, intent: "WORK", locale: "ur" }));
    return { browser, user };
  }

  beforeAll(async () => {
    testDb = await createTestDb(kind);
    db = testDb.db;
    limiter = createAuthLimiter({
      redis: null,
      limits: { signUpAttemptsPerIp: { points: 1000, durationSeconds: 3600, blockSeconds: 60 } },
    });
  });
  afterAll(() => testDb.close());

  it("lets the owner edit, keeps private numbers to the owner, and refuses strangers and other people's items", async () => {
    const { browser: owner, user } = await signedUp("Hira Saleem");
    const { browser: stranger } = await signedUp("Curious Person");
    await owner.call((api) => api.profiles.update(profile));
    const { handle } = await owner.call(async (api) =>
      api.profiles.changeHandle({ handle: "hira-translates", previous: (await api.profiles.mine())?.handle ?? null }),
    );
    await owner.call((api) => api.profiles.updatePrivateDetails({ cnic: "33100-1234567-1", ntn: null, psebNumber: null }));

    expect(await owner.call((api) => api.profiles.mine())).toMatchObject({
      handle,
      city: "Faisalabad",
      private: { cnic: "33100-1234567-1" },
    });
    const visible = await new TestBrowser(db, limiter).call((api) => api.profiles.byHandle({ handle }));
    expect(visible).toMatchObject({ id: user.id, headlineUr: "اردو انگریزی مترجم", languages: [{ code: "ur", level: "NATIVE" }] });
    expect(JSON.stringify(visible)).not.toContain("33100");

    const item = await db.portfolioItem.create({
      data: { userId: user.id, title: "Legal translation", imageKey: "f".repeat(32), imageWidth: 10, imageHeight: 10, position: 0 },
    });
    expect(await rejection(stranger.call((api) => api.profiles.removePortfolioItem({ id: item.id })))).toMatchObject({ code: "NOT_FOUND" });
    expect(
      await rejection(
        stranger.call((api) => api.profiles.updatePortfolioItem({ id: item.id, title: "Mine now", description: null, link: null })),
      ),
    ).toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await rejection(new TestBrowser(db, limiter).call((api) => api.profiles.update(profile)))).toMatchObject({
      code: "UNAUTHORIZED",
    });
    expect(
      await rejection(
        stranger.call((api) => api.adminProfiles.setVerification({ userId: user.id, what: "cnic", verified: true, reason: "Trust me" })),
      ),
    ).toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await rejection(owner.call((api) => api.profiles.update({ ...profile, city: "Atlantis" })))).toMatchObject({
      cause: { fields: { city: { key: "profiles:errors.unknownCity" } } },
    });
    expect((await db.portfolioItem.findUniqueOrThrow({ where: { id: item.id } })).title).toBe("Legal translation");
  });

  it("lets an admin verify a CNIC only with a reason, audited with the date before and after", async () => {
    const { browser: owner, user } = await signedUp("Sana Javed");
    await owner.call((api) => api.profiles.updatePrivateDetails({ cnic: "33100-7654321-2", ntn: null, psebNumber: null }));
    const { browser: admin, user: adminUser } = await signedUp("Checking Admin");
    await db.user.update({ where: { id: adminUser.id }, data: { isAdmin: true } });
    for (const reason of ["", "  "]) {
      expect(
        await rejection(admin.call((api) => api.adminProfiles.setVerification({ userId: user.id, what: "cnic", verified: true, reason }))),
      ).toMatchObject({
        code: "BAD_REQUEST",
        cause: { fields: { reason: { key: "profiles:errors.verificationReasonRequired" } } },
      });
    }
    expect(await db.profile.findUniqueOrThrow({ where: { userId: user.id }, select: { cnicVerifiedAt: true } })).toEqual({
      cnicVerifiedAt: null,
    });
    expect(await db.auditLog.count({ where: { targetId: user.id } })).toBe(0);
    const { verifiedAt } = await admin.call((api) =>
      api.adminProfiles.setVerification({ userId: user.id, what: "cnic", verified: true, reason: "Matched the CNIC copy" }),
    );
    expect(await db.auditLog.findFirstOrThrow({ where: { targetId: user.id } })).toMatchObject({
      action: "profile.cnic.verify",
      actorId: adminUser.id,
      reason: "Matched the CNIC copy",
      data: { before: { cnicVerifiedAt: null }, after: { cnicVerifiedAt: verifiedAt?.toISOString() } },
    });
  });
});
