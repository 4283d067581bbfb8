import { HOST_SESSION_COOKIE, SESSION_COOKIE, serializeSessionCookie } from "@hunar/auth/cookie";
import { FAST_TEST_HASHING } from "@hunar/auth/password";
import { createAuthLimiter } from "@hunar/auth/rate-limit";
import { createSession } from "@hunar/auth/session";
import { createTestDb, type TestDb, testDbKinds } from "@hunar/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext } from "./context.ts";

describe.each(testDbKinds())("request context on %s", (kind) => {
  let testDb: TestDb;
  let englishUserCookie: string;
  const limiter = createAuthLimiter({ redis: null });

  beforeAll(async () => {
    testDb = await createTestDb(kind);
    const user = await testDb.db.user.create({
      data: { email: "imran@example.pk", passwordHash: "x", displayName: "Imran", preferredLocale: "en" },
    });
    const { token, session } = await createSession(testDb.db, user.id);
    englishUserCookie = serializeSessionCookie(token, session.expiresAt).split(";")[0] ?? "";
  });
  afterAll(() => testDb.close());

  const context = (headers: Record<string, string>) =>
    createContext({
      db: testDb.db,
      limiter,
      req: { headers: { host: "localhost:3000", ...headers }, ip: "198.51.100.40" },
      resHeaders: new Headers(),
      passwordHashing: FAST_TEST_HASHING,
    });

  it("answers in Urdu unless something says otherwise", async () => {
    expect((await context({})).locale).toBe("ur");
    expect((await context({ "accept-language": "en-GB,en;q=0.9" })).locale).toBe("en");
  });

  it("prefers the lng cookie, then the user's setting, then Accept-Language", async () => {
    expect((await context({ cookie: englishUserCookie, "accept-language": "ur" })).locale).toBe("en");
    expect((await context({ cookie: `lng=ur; ${englishUserCookie}`, "accept-language": "en" })).locale).toBe("ur");
  });

  it("accepts Node's IncomingHttpHeaders and trusts only the request's own origin by default", async () => {
    const ctx = await context({ cookie: englishUserCookie });
    expect(ctx.user?.email).toBe("imran@example.pk");
    expect(ctx.allowedOrigins).toEqual(["http://localhost:3000", "https://localhost:3000"]);
  });

  it("knows the user by the __Host- cookie too, its name under https", async () => {
    const prefixed = englishUserCookie.replace(`${SESSION_COOKIE}=`, `${HOST_SESSION_COOKIE}=`);
    expect((await context({ cookie: prefixed })).user?.email).toBe("imran@example.pk");
  });

  it("tells the browser to drop a cookie that matches no session", async () => {
    const resHeaders = new Headers();
    const ctx = await createContext({
      db: testDb.db,
      limiter,
      req: { headers: { cookie: `hunar_session=${"a".repeat(32)}` }, ip: "198.51.100.40" },
      resHeaders,
    });
    expect(ctx.user).toBeNull();
    expect(resHeaders.getSetCookie()[0]).toMatch(/^hunar_session=; .*Max-Age=0/);
  });
});
