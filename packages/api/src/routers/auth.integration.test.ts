import { createAuthLimiter, type AuthLimiter } from "@hunar/auth/rate-limit";
import { sessionIdFromToken } from "@hunar/auth/session";
import type { Db } from "@hunar/db/client";
import { createTestDb, type TestDb, testDbKinds } from "@hunar/db/testing";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { describeError } from "../errors.ts";
import { TestBrowser, rejection } from "../testing/test-browser.ts";

const DAY = 24 * 60 * 60 * 1000;
const PASSWORD = "chai-at-Lahore-4pm";
const signUpInput = (email: string) => ({ name: "Ayesha Khan", email, password: PASSWORD, intent: "WORK", locale: "en" }) as const;

let seq = 0;
const uniqueEmail = () => `user${++seq}-${Date.now()}@example.pk`;

describe.each(testDbKinds())("accounts through tRPC on %s", (kind) => {
  let testDb: TestDb;
  let db: Db;
  let limiter: AuthLimiter;
  const browser = (ip?: string) => new TestBrowser(db, limiter, ip ? { ip } : {});

  beforeAll(async () => {
    testDb = await createTestDb(kind);
    db = testDb.db;
  });
  afterAll(() => testDb.close());
  // Generous limits: these tests are about accounts; rate limits have their own file.
  beforeEach(() => {
    limiter = createAuthLimiter({
      redis: null,
      limits: { signUpAttemptsPerIp: { points: 1000, durationSeconds: 3600, blockSeconds: 60 } },
    });
  });

  async function signedUp(email = uniqueEmail()) {
    const b = browser();
    const { user } = await b.call((api) => api.auth.signUp(signUpInput(email)));
    return { b, user, email };
  }

  it("signs up: one user, one session, an HttpOnly SameSite=Lax Secure cookie, and `me` knows them", async () => {
    const b = browser();
    const { user } = await b.call((api) => api.auth.signUp({ ...signUpInput("  Ayesha.New@Example.PK "), locale: "ur" }));
    expect(user).toMatchObject({
      email: "ayesha.new@example.pk",
      displayName: "Ayesha Khan",
      intent: "WORK",
      preferredLocale: "ur",
      isAdmin: false,
    });
    expect(b.token).toMatch(/^[a-z2-7]{32}$/);
    const [cookie] = b.setCookies;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Secure/);
    expect(cookie).toMatch(/Path=\//);

    const stored = await db.user.findUniqueOrThrow({ where: { email: "ayesha.new@example.pk" } });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(stored.passwordHash).not.toContain(PASSWORD);
    const sessions = await db.session.findMany({ where: { userId: user.id } });
    expect(sessions.map((s) => s.id)).toEqual([sessionIdFromToken(b.token ?? "")]);

    expect(await b.call((api) => api.auth.me())).toMatchObject({ id: user.id });
    expect(await browser().call((api) => api.auth.me())).toBeNull();
  });

  it("refuses a taken email (any case) with a localised field error and writes nothing", async () => {
    const { email } = await signedUp();
    const before = { users: await db.user.count(), sessions: await db.session.count() };
    const error = await rejection(browser().call((api) => api.auth.signUp(signUpInput(email.toUpperCase()))));
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe("BAD_REQUEST");
    expect(describeError(error, "en").fieldErrors).toEqual({ email: "An account with this email already exists." });
    expect(describeError(error, "ur").fieldErrors?.email).toBe("اس ای میل سے پہلے ہی ایک اکاؤنٹ موجود ہے۔");
    expect({ users: await db.user.count(), sessions: await db.session.count() }).toEqual(before);
  });

  it.each([
    ["a short password", { password: "Ab3$xyz" }, "password", "Your password must be at least 8 characters long."],
    ["a common password", { password: "Password1" }, "password", "This password is too common and easy to guess. Please choose another."],
    ["a malformed email", { email: "ayesha@" }, "email", "Enter a valid email address."],
    ["an over-long name", { name: "ن".repeat(81) }, "name", "Use at most 80 characters."],
    ["a missing intent", { intent: undefined }, "intent", "Choose whether you want to hire, to work, or both."],
  ])("refuses %s with a field error and writes nothing", async (_label, change, field, message) => {
    const before = { users: await db.user.count(), sessions: await db.session.count() };
    const b = browser();
    const error = await rejection(b.call((api) => api.auth.signUp({ ...signUpInput(uniqueEmail()), ...change } as never)));
    const described = describeError(error, "en");
    expect(described.status).toBe(400);
    expect(described.appCode).toBe("BAD_INPUT");
    expect(described.fieldErrors?.[field]).toBe(message);
    expect(b.token).toBeNull();
    expect({ users: await db.user.count(), sessions: await db.session.count() }).toEqual(before);
  });

  it("logs in with a new token each time, and refuses a wrong password or unknown email alike", async () => {
    const { b: first, email } = await signedUp();
    const second = browser();
    const wrong = await rejection(second.call((api) => api.auth.logIn({ email, password: "not-the-password" })));
    const unknown = await rejection(second.call((api) => api.auth.logIn({ email: uniqueEmail(), password: PASSWORD })));
    for (const error of [wrong, unknown]) {
      expect((error as TRPCError).code).toBe("UNAUTHORIZED");
      expect(describeError(error, "en").message).toBe("The email or password is incorrect.");
    }
    expect(second.token).toBeNull();

    await second.call((api) => api.auth.logIn({ email: ` ${email.toUpperCase()} `, password: PASSWORD }));
    expect(second.token).not.toBeNull();
    expect(second.token).not.toBe(first.token);

    // Logging in again from the same browser replaces its session instead of piling up another.
    const previous = second.token;
    await second.call((api) => api.auth.logIn({ email, password: PASSWORD }));
    expect(second.token).not.toBe(previous);
    expect(await db.session.findUnique({ where: { id: sessionIdFromToken(previous ?? "") } })).toBeNull();
  });

  it("logs out: the session row is gone, the cookie is blanked and the old token is worthless", async () => {
    const { b } = await signedUp();
    const token = b.token ?? "";
    await b.call((api) => api.auth.logOut());
    expect(b.token).toBeNull();
    expect(b.setCookies[0]).toMatch(/Max-Age=0/);
    expect(await db.session.findUnique({ where: { id: sessionIdFromToken(token) } })).toBeNull();
    b.token = token; // a stolen copy of the cookie
    expect(await b.call((api) => api.auth.me())).toBeNull();
  });

  it("logs out everywhere: every session of the user ends, other users' stay", async () => {
    const { b: laptop, email, user } = await signedUp();
    const phone = browser("203.0.113.5");
    await phone.call((api) => api.auth.logIn({ email, password: PASSWORD }));
    const { b: stranger } = await signedUp();

    await phone.call((api) => api.auth.logOutEverywhere());
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    expect(await laptop.call((api) => api.auth.me())).toBeNull();
    expect(await stranger.call((api) => api.auth.me())).not.toBeNull();
  });

  it("changes the password: every session ends, this browser carries on in a new one, only the new password works", async () => {
    const { b: laptop, email } = await signedUp();
    const phone = browser("203.0.113.5");
    await phone.call((api) => api.auth.logIn({ email, password: PASSWORD }));

    const wrong = await rejection(
      laptop.call((api) => api.auth.changePassword({ currentPassword: "wrong-password-1", newPassword: "new-Karachi-pass-9" })),
    );
    expect(describeError(wrong, "en").fieldErrors).toEqual({ currentPassword: "Your current password is not correct." });
    expect(await phone.call((api) => api.auth.me())).not.toBeNull();

    const common = await rejection(laptop.call((api) => api.auth.changePassword({ currentPassword: PASSWORD, newPassword: "iloveyou" })));
    expect(describeError(common, "en").fieldErrors?.newPassword).toMatch(/too common/);

    const oldToken = laptop.token;
    await laptop.call((api) => api.auth.changePassword({ currentPassword: PASSWORD, newPassword: "new-Karachi-pass-9" }));
    expect(laptop.token).not.toBeNull();
    expect(laptop.token).not.toBe(oldToken);
    expect(await laptop.call((api) => api.auth.me())).toMatchObject({ email });
    expect(await db.session.count({ where: { userId: (await laptop.call((api) => api.auth.me()))?.id } })).toBe(1);
    expect(await phone.call((api) => api.auth.me())).toBeNull();
    await rejection(browser().call((api) => api.auth.logIn({ email, password: PASSWORD })));
    await browser().call((api) => api.auth.logIn({ email, password: "new-Karachi-pass-9" }));
  });

  it("lists the user's sessions, marks this one, and revokes only the user's own", async () => {
    const { b: laptop, email } = await signedUp();
    const phone = new TestBrowser(db, limiter, { ip: "203.0.113.5", userAgent: "Phone/2.0" });
    await phone.call((api) => api.auth.logIn({ email, password: PASSWORD }));
    const { b: stranger } = await signedUp();

    const sessions = await laptop.call((api) => api.auth.sessions());
    expect(sessions).toHaveLength(2);
    expect(sessions.filter((s) => s.current)).toHaveLength(1);
    const phoneSession = sessions.find((s) => !s.current);
    expect(phoneSession).toMatchObject({ ip: "203.0.113.5", userAgent: "Phone/2.0" });

    const notMine = await rejection(stranger.call((api) => api.auth.revokeSession({ sessionId: phoneSession?.id ?? "" })));
    expect((notMine as TRPCError).code).toBe("NOT_FOUND");
    expect(await phone.call((api) => api.auth.me())).not.toBeNull();

    await laptop.call((api) => api.auth.revokeSession({ sessionId: phoneSession?.id ?? "" }));
    expect(await phone.call((api) => api.auth.me())).toBeNull();
    expect(await laptop.call((api) => api.auth.me())).not.toBeNull();
  });

  it("keeps a session for 30 days, slides it forward when used in its second half, and ends it at expiry", async () => {
    const { b } = await signedUp();
    const id = sessionIdFromToken(b.token ?? "");
    const created = await db.session.findUniqueOrThrow({ where: { id } });
    expect(created.expiresAt.getTime() - created.createdAt.getTime()).toBe(30 * DAY);

    // Early in its life nothing is rewritten and no cookie is re-sent.
    await b.call((api) => api.auth.me());
    expect(b.setCookies).toEqual([]);

    // With 10 days left, using it renews it to a full 30 days and re-sends the cookie.
    await db.session.update({ where: { id }, data: { expiresAt: new Date(Date.now() + 10 * DAY) } });
    const now = new Date();
    expect(await b.call((api) => api.auth.me(), { now })).not.toBeNull();
    const renewed = await db.session.findUniqueOrThrow({ where: { id } });
    expect(renewed.expiresAt.getTime()).toBe(now.getTime() + 30 * DAY);
    expect(b.setCookies).toHaveLength(1);
    expect(b.setCookies[0]).toContain(`Expires=${renewed.expiresAt.toUTCString()}`);

    // Past its expiry it is deleted and the browser is told to forget the cookie.
    await db.session.update({ where: { id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await b.call((api) => api.auth.me())).toBeNull();
    expect(await db.session.findUnique({ where: { id } })).toBeNull();
    expect(b.token).toBeNull();
  });

  it("saves the display name and preferred language; bad input changes nothing", async () => {
    const { b, user } = await signedUp();
    const updated = await b.call((api) => api.auth.updateSettings({ displayName: "  Ayesha K. ", preferredLocale: "ur" }));
    expect(updated).toMatchObject({ id: user.id, displayName: "Ayesha K.", preferredLocale: "ur" });
    const error = await rejection(b.call((api) => api.auth.updateSettings({ displayName: "", preferredLocale: "en" })));
    expect(describeError(error, "ur").fieldErrors).toEqual({ displayName: "یہ خانہ پُر کرنا ضروری ہے۔" });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ displayName: "Ayesha K.", preferredLocale: "ur" });
  });

  it("needs a session for protected procedures", async () => {
    const error = await rejection(browser().call((api) => api.auth.sessions()));
    expect((error as TRPCError).code).toBe("UNAUTHORIZED");
    expect(describeError(error, "ur").message).toBe("جاری رکھنے کے لیے لاگ اِن کریں۔");
  });

  it("refuses mutations with a missing or foreign Origin (403) and writes nothing; queries need none", async () => {
    const before = await db.user.count();
    for (const origin of [null, "https://evil.example", "http://localhost:3000.evil.example"]) {
      const b = new TestBrowser(db, limiter, { origin });
      const error = await rejection(b.call((api) => api.auth.signUp(signUpInput(uniqueEmail()))));
      expect((error as TRPCError).code).toBe("FORBIDDEN");
      expect(describeError(error, "en")).toMatchObject({
        status: 403,
        message: "This request did not come from Hunar, so it was refused.",
      });
    }
    expect(await db.user.count()).toBe(before);

    const { b } = await signedUp();
    const forged = await rejection(b.call((api) => api.auth.logOutEverywhere(), { origin: "https://evil.example" }));
    expect((forged as TRPCError).code).toBe("FORBIDDEN");
    expect(await b.call((api) => api.auth.me(), { origin: null })).not.toBeNull();
  });
});

describe.each(testDbKinds().filter((kind) => kind === "postgres"))("duplicate-email race on %s", (kind) => {
  let testDb: TestDb;
  beforeAll(async () => {
    testDb = await createTestDb(kind);
  });
  afterAll(() => testDb.close());

  it("creates exactly one account from many concurrent signups with one email", async () => {
    const limiter = createAuthLimiter({
      redis: null,
      limits: {
        signUpAttemptsPerIp: { points: 1000, durationSeconds: 60, blockSeconds: 60 },
        signUpAttemptsPerEmail: { points: 1000, durationSeconds: 60, blockSeconds: 60 },
      },
    });
    const attempts = Array.from({ length: 12 }, (_, i) =>
      new TestBrowser(testDb.db, limiter, { ip: `198.51.100.${i + 1}` }).call((api) =>
        api.auth.signUp({ name: "Race Runner", email: "race@example.pk", password: PASSWORD, intent: "BOTH", locale: "en" }),
      ),
    );
    const results = await Promise.allSettled(attempts);
    const failures = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const failure of failures) {
      expect(describeError(failure.reason, "en").fieldErrors).toEqual({ email: "An account with this email already exists." });
    }
    expect(await testDb.db.user.count({ where: { email: "race@example.pk" } })).toBe(1);
  });
});
