import { testDbKinds } from "@hunar/db/testing";
import { createTestUser } from "@hunar/db/testing/factories";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { describe, expect, it } from "vitest";
import { loadPrivateDetails, updatePrivateDetails } from "./private-details.ts";
import { loadPublicProfile } from "./public-profile.ts";
import { updateProfile } from "./update-profile.ts";
import { listVerificationRequests, setVerification } from "./verify-identity.ts";

const edit = (overrides: Record<string, unknown> = {}) => ({
  headlineUr: "لوگو ڈیزائنر، چھ سال کا تجربہ",
  headlineEn: "",
  bioUr: "میں لاہور سے لوگو بناتی ہوں۔",
  bioEn: null,
  city: "Lahore",
  languages: [
    { code: "ur", level: "NATIVE" },
    { code: "en", level: "FLUENT" },
  ],
  skills: ["Logo Design", " logo design ", "Branding", ""],
  showFirstNameOnly: false,
  ...overrides,
});

const fieldsOf = async (promise: Promise<unknown>) => {
  const error = (await promise.then(
    () => null,
    (reason: unknown) => reason,
  )) as { code?: string; fields?: Record<string, { key: string }> } | null;
  return { code: error?.code, fields: Object.fromEntries(Object.entries(error?.fields ?? {}).map(([name, field]) => [name, field.key])) };
};

describe.each(testDbKinds())("profile rules on %s", (kind) => {
  const t = useTestDb(kind);

  it("saves the profile and keeps the languages list in step with the levels", async () => {
    const user = await createTestUser(t.db, "Ayesha Khan", { profile: { languages: ["ps"] } });
    const saved = await updateProfile(t.db, user.userId, edit());
    expect(saved).toMatchObject({ headlineEn: null, skills: ["Logo Design", "Branding"] });
    const row = await t.db.profile.findUniqueOrThrow({ where: { userId: user.userId }, include: { languageLevels: true } });
    expect(row.languages).toEqual(["ur", "en"]);
    expect(row.languageLevels.map((l) => `${l.code}:${l.level}`).sort()).toEqual(["en:FLUENT", "ur:NATIVE"]);

    await updateProfile(t.db, user.userId, edit({ languages: [{ code: "pa", level: "CONVERSATIONAL" }] }));
    const after = await t.db.profile.findUniqueOrThrow({ where: { userId: user.userId }, include: { languageLevels: true } });
    expect(after.languages).toEqual(["pa"]);
    expect(after.languageLevels.map((l) => l.code)).toEqual(["pa"]);
  });

  it("refuses bad input with a key per field and changes nothing", async () => {
    const user = await createTestUser(t.db, "Bilal Ahmed");
    await updateProfile(t.db, user.userId, edit());
    const bad = await fieldsOf(
      updateProfile(
        t.db,
        user.userId,
        edit({
          headlineUr: "ا".repeat(101),
          bioEn: "Call me on 0300-1234567",
          headlineEn: "mail me at someone@example.com",
          city: "Atlantis",
          languages: [
            { code: "ur", level: "NATIVE" },
            { code: "ur", level: "BASIC" },
          ],
          skills: ["x".repeat(41)],
          bioUr: "<script>alert(1)</script>",
        }),
      ),
    );
    expect(bad).toEqual({
      code: "BAD_INPUT",
      fields: {
        headlineUr: "profiles:errors.tooLong",
        headlineEn: "profiles:errors.contactDetails",
        bioEn: "profiles:errors.contactDetails",
        bioUr: "profiles:errors.noMarkup",
        city: "profiles:errors.unknownCity",
        languages: "profiles:errors.duplicateLanguage",
        "skills.0": "profiles:errors.skillTooLong",
      },
    });
    expect((await fieldsOf(updateProfile(t.db, user.userId, edit({ bioUr: "x".repeat(1_000_000) })))).fields).toEqual({
      bioUr: "profiles:errors.tooLong",
    });
    expect((await fieldsOf(updateProfile(t.db, user.userId, edit({ languages: [{ code: "xx", level: "NATIVE" }] })))).fields).toEqual({
      "languages.0.code": "profiles:errors.unknownLanguage",
    });
    expect((await fieldsOf(updateProfile(t.db, user.userId, "nonsense"))).code).toBe("BAD_INPUT");
    expect((await t.db.profile.findUniqueOrThrow({ where: { userId: user.userId } })).city).toBe("Lahore");
  });

  it("shows only the first name and city, no photo, bio or last seen, when asked", async () => {
    const user = await createTestUser(t.db, "Zainab Noor Malik");
    await updateProfile(t.db, user.userId, edit({ showFirstNameOnly: true }));
    await t.db.profile.update({ where: { userId: user.userId }, data: { avatarKey: "a".repeat(32) } });
    await t.db.user.update({ where: { id: user.userId }, data: { lastSeenAt: new Date() } });
    const shown = await loadPublicProfile(t.db, { id: user.userId });
    expect(shown).toMatchObject({
      name: "Zainab",
      firstNameOnly: true,
      photo: null,
      bioUr: null,
      headlineUr: null,
      lastSeenAt: null,
      city: "Lahore",
    });
    expect(JSON.stringify(shown)).not.toContain("Malik");

    await updateProfile(t.db, user.userId, edit({ showFirstNameOnly: false }));
    const visible = await loadPublicProfile(t.db, { id: user.userId });
    expect(visible?.name).toBe("Zainab Noor Malik");
    expect(visible?.photo?.src).toContain("/profile-media/photo/");
  });

  it("keeps the CNIC, NTN and PSEB number private: the public profile has badges only", async () => {
    const user = await createTestUser(t.db, "Usman Tariq");
    const admin = await createTestUser(t.db, "Admin", { isAdmin: true });
    await updatePrivateDetails(t.db, user.userId, { cnic: "35202 1234567 1", ntn: "1234567-8", psebNumber: "pseb-2024-123" });
    expect(await loadPrivateDetails(t.db, user.userId)).toMatchObject({
      cnic: "35202-1234567-1",
      ntn: "1234567-8",
      psebNumber: "PSEB-2024-123",
    });
    expect((await fieldsOf(updatePrivateDetails(t.db, user.userId, { cnic: "123", ntn: "x", psebNumber: "!" }))).fields).toEqual({
      cnic: "profiles:errors.cnicFormat",
      ntn: "profiles:errors.ntnFormat",
      psebNumber: "profiles:errors.psebFormat",
    });

    expect((await listVerificationRequests(t.db, admin)).map((request) => request.userId)).toContain(user.userId);
    await expect(
      setVerification(
        t.db,
        { userId: user.userId, isAdmin: false },
        { userId: user.userId, what: "cnic", verified: true, reason: "Trust me" },
      ),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    // Every verification needs a reason; without one nothing changes and nothing is logged.
    for (const reason of [undefined, "", "  ", "ok", "x".repeat(501)]) {
      await expect(setVerification(t.db, admin, { userId: user.userId, what: "cnic", verified: true, reason })).rejects.toMatchObject({
        code: "BAD_INPUT",
        fields: { reason: { key: expect.stringMatching(/^profiles:errors\.verificationReason(Required|TooLong)$/) as unknown } },
      });
    }
    expect((await loadPublicProfile(t.db, { id: user.userId }))?.badges).toEqual({ cnicVerified: false, psebVerified: false });
    expect(await t.db.auditLog.count({ where: { targetId: user.userId } })).toBe(0);
    const checkedAt = new Date("2026-11-20T10:00:00.000Z");
    await setVerification(t.db, admin, { userId: user.userId, what: "cnic", verified: true, reason: "Matched the CNIC copy" }, checkedAt);
    await setVerification(t.db, admin, { userId: user.userId, what: "pseb", verified: true, reason: "PSEB certificate seen" });
    const shown = await loadPublicProfile(t.db, { id: user.userId });
    expect(shown?.badges).toEqual({ cnicVerified: true, psebVerified: true });
    const text = JSON.stringify(shown);
    for (const secret of ["35202", "1234567", "PSEB-2024", 'cnic"', "ntn", "psebNumber", user.email]) expect(text).not.toContain(secret);
    expect(await t.db.auditLog.findMany({ where: { targetId: user.userId, action: "profile.cnic.verify" } })).toMatchObject([
      {
        actorId: admin.userId,
        targetType: "User",
        reason: "Matched the CNIC copy",
        data: { before: { cnicVerifiedAt: null }, after: { cnicVerifiedAt: checkedAt.toISOString() } },
      },
    ]);
    await setVerification(t.db, admin, { userId: user.userId, what: "pseb", verified: false, reason: "Certificate expired" }, checkedAt);
    expect(await t.db.auditLog.findFirstOrThrow({ where: { targetId: user.userId, action: "profile.pseb.unverify" } })).toMatchObject({
      reason: "Certificate expired",
      data: { before: { psebVerifiedAt: expect.any(String) as unknown }, after: { psebVerifiedAt: null } },
    });
    expect((await loadPublicProfile(t.db, { id: user.userId }))?.badges).toEqual({ cnicVerified: true, psebVerified: false });
    await setVerification(t.db, admin, { userId: user.userId, what: "pseb", verified: true, reason: "New certificate seen" });

    // A changed number is not the one that was checked.
    await updatePrivateDetails(t.db, user.userId, { cnic: "3520212345672", ntn: "1234567-8", psebNumber: "PSEB-2024-123" });
    expect((await loadPublicProfile(t.db, { id: user.userId }))?.badges).toEqual({ cnicVerified: false, psebVerified: true });

    const empty = await createTestUser(t.db, "Nobody Yet");
    await expect(
      setVerification(t.db, admin, { userId: empty.userId, what: "pseb", verified: true, reason: "Certificate seen" }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("has no public profile for a suspended or unknown account", async () => {
    const user = await createTestUser(t.db, "Hidden Person", { suspended: true });
    expect(await loadPublicProfile(t.db, { id: user.userId })).toBeNull();
    expect(await loadPublicProfile(t.db, { handle: user.handle })).toBeNull();
    expect(await loadPublicProfile(t.db, { handle: "no-such-person" })).toBeNull();
    expect(await loadPublicProfile(t.db, { id: "\u0000".repeat(3) })).toBeNull();
  });
});
