import { testDbKinds } from "@hunar/db/testing";
import { createTestUser } from "@hunar/db/testing/factories";
import { refusal, refusalWithFields } from "@hunar/db/testing/refusal";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { describe, expect, it } from "vitest";
import { readAdminUserAccount } from "./admin-user-account.ts";
import { searchUsers, USER_SEARCH_PAGE_SIZE } from "./admin-users.ts";
import { createSession } from "./session.ts";

describe.each(testDbKinds())("the admin user search on %s", (kind) => {
  const t = useTestDb(kind);

  it("finds accounts by part of the name, the e-mail or the handle in any case, with roles and badges", async () => {
    const admin = await createTestUser(t.db, "Nadia Admin", { isAdmin: true });
    const zainab = await createTestUser(t.db, "Zainab Qureshi", { intent: "WORK", profile: {} });
    const other = await createTestUser(t.db, "Omar Farooq", { intent: "HIRE", suspended: true });
    await t.db.user.update({ where: { id: zainab.userId }, data: { email: "zq_designs@Example.pk", handle: "pixel-zainab" } });
    await t.db.profile.update({ where: { userId: zainab.userId }, data: { cnic: "35202-1234567-1", cnicVerifiedAt: new Date() } });
    const ids = async (q: string) => (await searchUsers(t.db, admin, { q })).users.map((row) => row.id);

    expect(await ids("qURESHI")).toEqual([zainab.userId]);
    expect(await ids("ZQ_DESIGNS@example")).toEqual([zainab.userId]);
    expect(await ids("@Pixel-Zai")).toEqual([zainab.userId]);
    expect(await ids("farooq")).toEqual([other.userId]);
    expect(await ids("nobody-is-called-this")).toEqual([]);
    // LIKE's wildcards are characters like any other here, not "anything": only the e-mail with "_" has one.
    expect(await ids("%")).toEqual([]);
    expect(await ids("_")).toEqual([zainab.userId]);
    const [row] = (await searchUsers(t.db, admin, { q: "pixel" })).users;
    expect(row).toEqual({
      id: zainab.userId,
      displayName: "Zainab Qureshi",
      email: "zq_designs@Example.pk",
      handle: "pixel-zainab",
      isAdmin: false,
      intent: "WORK",
      createdAt: expect.any(Date) as unknown,
      suspendedAt: null,
      cnicVerified: true,
    });
    const [suspended] = (await searchUsers(t.db, admin, { q: "Omar" })).users;
    expect(suspended).toMatchObject({ intent: "HIRE", suspendedAt: expect.any(Date) as unknown, cnicVerified: false });
    // Blank is everyone, newest first.
    expect((await searchUsers(t.db, admin, { q: "  " })).users.map((user) => user.id)).toEqual([other.userId, zainab.userId, admin.userId]);
  });

  it("pages newest first by keyset, 50 at a time, without repeats or gaps", async () => {
    const admin = await createTestUser(t.db, "Nadia Admin", { isAdmin: true });
    const start = Date.now() - 1000 * 60 * 60;
    const created = [];
    for (let i = 0; i < USER_SEARCH_PAGE_SIZE + 5; i++) {
      const user = await createTestUser(t.db, `Paged Person ${i}`);
      // Two accounts share each second, so the id breaks the tie.
      await t.db.user.update({ where: { id: user.userId }, data: { createdAt: new Date(start + Math.floor(i / 2) * 1000) } });
      created.push(user.userId);
    }
    const first = await searchUsers(t.db, admin, { q: "paged person" });
    expect(first.users).toHaveLength(USER_SEARCH_PAGE_SIZE);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await searchUsers(t.db, admin, { q: "paged person", cursor: first.nextCursor ?? "" });
    expect(second.users).toHaveLength(5);
    expect(second.nextCursor).toBeNull();
    const seen = [...first.users, ...second.users].map((user) => user.id);
    expect(new Set(seen).size).toBe(created.length);
    expect([...seen].sort()).toEqual([...created].sort());
  });

  it("refuses anyone who is not an admin in the database, and answers bad input with field errors", async () => {
    const admin = await createTestUser(t.db, "Nadia Admin", { isAdmin: true });
    const person = await createTestUser(t.db, "Sana Malik");
    const demoted = await createTestUser(t.db, "Former Admin", { isAdmin: true });
    await t.db.user.update({ where: { id: demoted.userId }, data: { isAdmin: false } });
    for (const who of [person, demoted, { userId: "no-such-user" }]) {
      expect(await refusal(searchUsers(t.db, who, { q: "a" }))).toEqual({ code: "FORBIDDEN", messageKey: "errors:forbidden" });
      expect(await refusal(readAdminUserAccount(t.db, who, { userId: person.userId }))).toMatchObject({ code: "FORBIDDEN" });
    }
    expect((await refusalWithFields(searchUsers(t.db, admin, { cursor: "forged" }))).fields).toEqual({ cursor: { key: "errors:invalid" } });
    expect((await refusalWithFields(searchUsers(t.db, admin, { q: "x".repeat(101) }))).fields).toMatchObject({
      q: { key: "errors:invalid" },
    });
    expect(await refusal(readAdminUserAccount(t.db, admin, { userId: "no-such-user" }))).toEqual({
      code: "NOT_FOUND",
      messageKey: "errors:notFound",
    });
  });

  it("lists the account's open sessions with when and where, never the token or its hash", async () => {
    const admin = await createTestUser(t.db, "Nadia Admin", { isAdmin: true });
    const person = await createTestUser(t.db, "Kamran Butt", { profile: {} });
    await t.db.profile.update({ where: { userId: person.userId }, data: { cnic: "35202-7654321-3" } });
    const open = await createSession(t.db, person.userId, { ip: "198.51.100.7", userAgent: "Firefox/128" });
    const expired = await createSession(t.db, person.userId, { now: new Date(Date.now() - 200 * 24 * 60 * 60 * 1000) });
    const page = await readAdminUserAccount(t.db, admin, { userId: person.userId });
    expect(page.account).toMatchObject({ id: person.userId, displayName: "Kamran Butt", suspendedAt: null, suspendedReason: null });
    expect(page.cnic).toEqual({ given: true, verifiedAt: null });
    expect(page.sessionCount).toBe(1);
    expect(page.sessions).toEqual([
      { createdAt: open.session.createdAt, expiresAt: open.session.expiresAt, ip: "198.51.100.7", userAgent: "Firefox/128" },
    ]);
    const text = JSON.stringify(page);
    for (const secret of [open.token, open.session.id, expired.token, expired.session.id]) expect(text).not.toContain(secret);
  });
});
