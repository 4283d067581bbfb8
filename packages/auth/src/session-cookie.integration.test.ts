import { createTestDb, type TestDb, testDbKinds } from "@hunar/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HOST_SESSION_COOKIE, SESSION_COOKIE } from "./cookie.ts";
import { createSession, listUserSessions, validateSessionToken } from "./session.ts";
import { sessionFromCookie } from "./session-cookie.ts";

const DAY = 24 * 60 * 60 * 1000;
const MINUTE = 60 * 1000;
const t0 = new Date("2026-03-01T12:00:00Z");
const at = (days: number, extraMs = 0) => new Date(t0.getTime() + days * DAY + extraMs);

describe.each(testDbKinds())("sessions and their cookie on %s", (kind) => {
  let testDb: TestDb;
  let seq = 0;

  beforeAll(async () => {
    testDb = await createTestDb(kind);
  });
  afterAll(() => testDb.close());

  async function newSession(now = t0) {
    seq += 1;
    const user = await testDb.db.user.create({ data: { email: `zara${seq}@example.pk`, passwordHash: "x", displayName: "Zara" } });
    const { token, session } = await createSession(testDb.db, user.id, { now });
    return { userId: user.id, token, id: session.id };
  }
  const stored = (id: string) => testDb.db.session.findUnique({ where: { id } });

  describe("the absolute lifetime", () => {
    it("ends a session 90 days after it began although it was used a minute ago, and deletes it", async () => {
      const { token, id } = await newSession();
      // Used regularly: every use in its second half slides it, so it never sits idle for 30 days.
      for (const day of [20, 45, 70, 85]) expect(await validateSessionToken(testDb.db, token, { now: at(day) })).not.toBeNull();
      expect(await validateSessionToken(testDb.db, token, { now: at(90, -MINUTE) })).not.toBeNull();

      expect(await validateSessionToken(testDb.db, token, { now: at(90) })).toBeNull();
      expect(await stored(id)).toBeNull();
    });

    it("slides the expiry no further than the absolute end, and then stops writing", async () => {
      const { token, id } = await newSession();
      const use = (day: number) => sessionFromCookie(testDb.db, `${SESSION_COOKIE}=${token}`, { https: false, now: at(day) });
      expect((await use(20)).session?.expiresAt).toEqual(at(50));
      expect((await use(45)).session?.expiresAt).toEqual(at(75));

      // At day 70 thirty more days would pass the end (day 90): the slide stops there, cookie included.
      const renewed = await use(70);
      expect(renewed.session?.expiresAt).toEqual(at(90));
      expect(renewed.setCookie).toContain(`Expires=${at(90).toUTCString()}`);
      expect((await stored(id))?.expiresAt).toEqual(at(90));

      // With less than 15 days left but nothing to gain, a use is read-only and re-sends nothing.
      const late = await use(80);
      expect(late).toMatchObject({ session: { id }, setCookie: null });
      expect((await stored(id))?.expiresAt).toEqual(at(90));
    });

    it("ends a session from before the limit whose idle expiry reaches past it, and leaves it off the sessions list", async () => {
      // A row slid under the old rule: used yesterday, so 29 days of idle life, but 100 days old.
      const { userId, token, id } = await newSession(at(-100));
      await testDb.db.session.update({ where: { id }, data: { expiresAt: at(29) } });

      expect(await listUserSessions(testDb.db, userId, { now: t0 })).toEqual([]);
      const refused = await sessionFromCookie(testDb.db, `${SESSION_COOKIE}=${token}`, { https: false, now: t0 });
      expect(refused).toMatchObject({ user: null, session: null });
      expect(refused.setCookie).toMatch(/^hunar_session=; .*Max-Age=0/);
      expect(await stored(id)).toBeNull();
    });
  });

  describe("under https", () => {
    const https = { https: true } as const;

    it("accepts the __Host- cookie, and sends it again (Secure) when the session slides", async () => {
      const { token, userId } = await newSession();
      expect(await sessionFromCookie(testDb.db, `lng=ur; ${HOST_SESSION_COOKIE}=${token}`, { ...https, now: at(1) })).toMatchObject({
        user: { id: userId },
        setCookie: null,
      });
      const renewed = await sessionFromCookie(testDb.db, `${HOST_SESSION_COOKIE}=${token}`, { ...https, now: at(20) });
      expect(renewed.setCookie).toMatch(new RegExp(`^__Host-hunar_session=${token}; HttpOnly; SameSite=Lax; Path=/; Secure; Expires=`));
    });

    it("refuses an unprefixed cookie naming a session started since the prefix, and leaves that session alone", async () => {
      const { token, id } = await newSession();
      const refused = await sessionFromCookie(testDb.db, `${SESSION_COOKIE}=${token}`, { ...https, now: at(1) });
      expect(refused).toMatchObject({ user: null, session: null });
      // The planted cookie is blanked; the real one (prefixed) keeps working.
      expect(refused.setCookie).toMatch(/^hunar_session=; .*Max-Age=0/);
      expect(await stored(id)).not.toBeNull();
      expect((await sessionFromCookie(testDb.db, `${HOST_SESSION_COOKIE}=${token}`, { ...https, now: at(1) })).session?.id).toBe(id);
    });

    it("reads the old cookie of a session from before the prefix once, answering with the prefixed one", async () => {
      const { token, id, userId } = await newSession();
      await testDb.db.session.update({ where: { id }, data: { legacyCookie: true } });

      const moved = await sessionFromCookie(testDb.db, `${SESSION_COOKIE}=${token}`, { ...https, now: at(1) });
      expect(moved.user?.id).toBe(userId);
      expect(moved.setCookie).toMatch(new RegExp(`^__Host-hunar_session=${token}; .*Path=/; Secure; Expires=${at(30).toUTCString()}`));

      // From then on the browser sends both; the prefixed one is read and nothing more is sent.
      const both = `${SESSION_COOKIE}=${token}; ${HOST_SESSION_COOKIE}=${token}`;
      expect(await sessionFromCookie(testDb.db, both, { ...https, now: at(2) })).toMatchObject({ user: { id: userId }, setCookie: null });
    });

    it("blanks the old cookie once it names a dead session (after logging out)", async () => {
      const { token, id } = await newSession();
      await testDb.db.session.update({ where: { id }, data: { legacyCookie: true } });
      await testDb.db.session.delete({ where: { id } });
      const gone = await sessionFromCookie(testDb.db, `${SESSION_COOKIE}=${token}`, { ...https, now: at(1) });
      expect(gone.setCookie).toMatch(/^hunar_session=; .*Max-Age=0/);
    });
  });

  describe("over plain http", () => {
    const http = { https: false } as const;

    it("uses hunar_session, slides it and blanks a dead one", async () => {
      const { token, userId } = await newSession();
      expect(await sessionFromCookie(testDb.db, `${SESSION_COOKIE}=${token}`, { ...http, now: at(1) })).toMatchObject({
        user: { id: userId },
        setCookie: null,
      });
      const renewed = await sessionFromCookie(testDb.db, `${SESSION_COOKIE}=${token}`, { ...http, now: at(20) });
      expect(renewed.setCookie).toMatch(new RegExp(`^hunar_session=${token}; `));
      const dead = await sessionFromCookie(testDb.db, `${SESSION_COOKIE}=${"a".repeat(32)}`, { ...http, now: at(20) });
      expect(dead.user).toBeNull();
      expect(dead.setCookie).toMatch(/^hunar_session=; .*Max-Age=0/);
    });

    it("still accepts a __Host- cookie (only this host over https could have set it) and keeps its name", async () => {
      const { token, userId } = await newSession();
      expect((await sessionFromCookie(testDb.db, `${HOST_SESSION_COOKIE}=${token}`, { ...http, now: at(1) })).user?.id).toBe(userId);
      const renewed = await sessionFromCookie(testDb.db, `${HOST_SESSION_COOKIE}=${token}`, { ...http, now: at(20) });
      expect(renewed.setCookie).toMatch(new RegExp(`^__Host-hunar_session=${token}; .*Secure`));
    });

    it("answers a request without a session cookie with nobody and no cookie", async () => {
      expect(await sessionFromCookie(testDb.db, "lng=en", http)).toEqual({ user: null, session: null, setCookie: null });
      expect(await sessionFromCookie(testDb.db, undefined, http)).toEqual({ user: null, session: null, setCookie: null });
    });
  });
});
