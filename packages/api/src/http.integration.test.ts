import { FAST_TEST_HASHING } from "@hunar/auth/password";
import { createAuthLimiter } from "@hunar/auth/rate-limit";
import { createTestDb, type TestDb, testDbKinds } from "@hunar/db/testing";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createContext } from "./context.ts";
import { handleTrpcRequest, TRPC_MAX_BODY_BYTES } from "./http.ts";
import { adminProcedure, publicProcedure, router } from "./trpc.ts";

const ORIGIN = "http://localhost:3000";

interface ErrorBody {
  error: { json: { message: string; code: number; data: Record<string, unknown> } };
}

describe.each(testDbKinds())("tRPC over HTTP on %s", (kind) => {
  let testDb: TestDb;
  const limiter = createAuthLimiter({ redis: null });
  beforeAll(async () => {
    testDb = await createTestDb(kind);
  });
  afterAll(() => testDb.close());

  const send = (path: string, init: { body?: unknown; headers?: Record<string, string> } = {}) => {
    const request = new Request(`${ORIGIN}/api/trpc/${path}`, {
      method: init.body === undefined ? "GET" : "POST",
      headers: { host: "localhost:3000", "content-type": "application/json", ...init.headers },
      ...(init.body === undefined ? {} : { body: JSON.stringify({ json: init.body }) }),
    });
    return handleTrpcRequest(request, { db: testDb.db, limiter, ip: "198.51.100.30", passwordHashing: FAST_TEST_HASHING });
  };
  const signUpBody = (email: string) => ({ name: "Bilal Ahmed", email, password: "chai-at-Lahore-4pm", intent: "BOTH", locale: "en" });

  it("signs up with a cookie, then answers `me` for that cookie", async () => {
    const response = await send("auth.signUp", { body: signUpBody("bilal@example.pk"), headers: { origin: ORIGIN } });
    expect(response.status).toBe(200);
    const cookie = response.headers.getSetCookie()[0] ?? "";
    expect(cookie).toMatch(/^hunar_session=[a-z2-7]{32}; HttpOnly; SameSite=Lax; Path=\/; Secure/);

    const me = await send("auth.me", { headers: { cookie: cookie.split(";")[0] ?? "" } });
    expect(((await me.json()) as { result: { data: { json: { email: string } } } }).result.data.json.email).toBe("bilal@example.pk");
  });

  it("answers a foreign Origin with 403 and a message in the request's language", async () => {
    const response = await send("auth.signUp", {
      body: signUpBody("forged@example.pk"),
      headers: { origin: "https://evil.example", "accept-language": "ur-PK,ur;q=0.9" },
    });
    expect(response.status).toBe(403);
    const body = (await response.json()) as ErrorBody;
    expect(body.error.json.message).toBe("یہ درخواست ہنر کی طرف سے نہیں آئی، اس لیے رد کر دی گئی۔");
    expect(body.error.json.data).toMatchObject({ code: "FORBIDDEN", httpStatus: 403, appCode: "FORBIDDEN" });
    expect(await testDb.db.user.count({ where: { email: "forged@example.pk" } })).toBe(0);
  });

  it("answers a missing Origin on a mutation with 403", async () => {
    const response = await send("auth.logOut", { body: null });
    expect(response.status).toBe(403);
  });

  it("answers bad input with 400 and localised field errors, never a 500", async () => {
    const response = await send("auth.signUp", {
      body: { name: "", email: "nope", password: "123", intent: "X", locale: "fr" },
      headers: { origin: ORIGIN, "accept-language": "en" },
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as ErrorBody;
    expect(body.error.json.message).toBe("Please correct the highlighted fields.");
    expect(body.error.json.data.fieldErrors).toEqual({
      name: "This field is required.",
      email: "Enter a valid email address.",
      password: "Your password must be at least 8 characters long.",
      intent: "Choose whether you want to hire, to work, or both.",
      locale: "Choose Urdu or English.",
    });
    expect(JSON.stringify(body)).not.toMatch(/stack|ZodError|at \//);
  });

  it("answers a malformed body or unknown procedure with a 4xx and a localised message", async () => {
    const unknown = await send("auth.nothingHere", { headers: { "accept-language": "en" } });
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as ErrorBody).error.json.message).toBe("We could not find what you were looking for.");

    // Without a JSON content type tRPC refuses the request before its context (and language)
    // exists, so the answer is in the default language, Urdu; with one, in the requested language.
    const cases: { headers: Record<string, string>; message: string }[] = [
      { headers: {}, message: "یہ اندراج درست نہیں ہے۔" },
      { headers: { "content-type": "application/json" }, message: "This value is not valid." },
    ];
    for (const { headers, message } of cases) {
      const garbage = await handleTrpcRequest(
        new Request(`${ORIGIN}/api/trpc/auth.logIn`, {
          method: "POST",
          headers: { host: "localhost:3000", origin: ORIGIN, "accept-language": "en", ...headers },
          body: "{not json",
        }),
        { db: testDb.db, limiter, ip: "198.51.100.30" },
      );
      expect(garbage.status).toBeGreaterThanOrEqual(400);
      expect(garbage.status).toBeLessThan(500);
      expect(((await garbage.json()) as ErrorBody).error.json.message).toBe(message);
    }
  });

  it("answers a broken database with a generic 500 and logs why", async () => {
    const broken = await createTestDb(kind);
    await broken.close();
    const logger = { error: vi.fn() };
    const response = await handleTrpcRequest(
      new Request(`${ORIGIN}/api/trpc/auth.me`, {
        headers: { host: "localhost:3000", "accept-language": "en", cookie: `hunar_session=${"a".repeat(32)}` },
      }),
      { db: broken.db, limiter, ip: "198.51.100.32", logger },
    );
    expect(response.status).toBe(500);
    expect(((await response.json()) as ErrorBody).error.json.message).toBe("Something went wrong on our side. Please try again.");
    expect(logger.error).toHaveBeenCalledTimes(1);
  });

  describe("body limit", () => {
    /** A body of `total` bytes made on demand, counting how much of it was ever pulled. */
    function lazyBody(total: number, piece = 64 * 1024) {
      const counter = { pulled: 0 };
      const stream = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (counter.pulled >= total) return controller.close();
          const size = Math.min(piece, total - counter.pulled);
          counter.pulled += size;
          controller.enqueue(new Uint8Array(size).fill(0x20));
        },
      });
      return { stream, counter };
    }
    const post = (body: ReadableStream<Uint8Array>, headers: Record<string, string> = {}) =>
      handleTrpcRequest(
        new Request(`${ORIGIN}/api/trpc/auth.logIn`, {
          method: "POST",
          headers: { host: "localhost:3000", origin: ORIGIN, "content-type": "application/json", "accept-language": "en", ...headers },
          body,
          duplex: "half",
        }),
        { db: testDb.db, limiter, ip: "198.51.100.33", passwordHashing: FAST_TEST_HASHING },
      );

    it("answers a declared length over the limit with a localised 413, without reading the body", async () => {
      const { stream, counter } = lazyBody(300 * 1024 * 1024);
      const response = await post(stream, { "content-length": String(300 * 1024 * 1024) });
      expect(response.status).toBe(413);
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(((await response.json()) as ErrorBody).error.json).toEqual({
        message: "This request is too large, so it was not read. Please send less at once.",
        code: -32013,
        data: { code: "PAYLOAD_TOO_LARGE", httpStatus: 413, appCode: "BAD_INPUT", fieldErrors: null, messageKey: "errors:requestTooLarge" },
      });
      // A stream may be asked for its first piece as it is set up; never for the rest.
      expect(counter.pulled).toBeLessThanOrEqual(2 * 64 * 1024);
    });

    it("stops reading a body without a length at the byte too many", async () => {
      const { stream, counter } = lazyBody(8 * 1024 * 1024);
      const response = await post(stream);
      expect(response.status).toBe(413);
      expect(counter.pulled).toBeLessThanOrEqual(TRPC_MAX_BODY_BYTES + 2 * 64 * 1024);
    });

    it("reads a body within the limit as before", async () => {
      const json = JSON.stringify({ json: { email: "nobody@example.pk", password: "not-the-password-1234" } });
      const padded = json.padEnd(TRPC_MAX_BODY_BYTES, " ");
      const response = await post(new Blob([padded]).stream());
      expect(response.status).toBe(401);
      expect(((await response.json()) as ErrorBody).error.json.message).toBe("The email or password is incorrect.");
    });
  });

  describe("procedure kinds and unexpected errors", () => {
    const testRouter = router({
      adminOnly: adminProcedure.query(() => "secret"),
      explode: publicProcedure.query(() => {
        throw new Error("database password is hunter2");
      }),
    });
    const logger = { error: vi.fn() };
    const call = (path: string, headers: Record<string, string> = {}) =>
      fetchRequestHandler({
        endpoint: "/api/trpc",
        req: new Request(`${ORIGIN}/api/trpc/${path}`, { headers: { host: "localhost:3000", ...headers } }),
        router: testRouter,
        createContext: ({ req, resHeaders }) =>
          createContext({ db: testDb.db, limiter, req: { headers: req.headers, ip: "198.51.100.31" }, resHeaders, logger }),
      });

    it("hides unexpected errors behind a generic localised 500 and logs the real one", async () => {
      const response = await call("explode", { "accept-language": "en" });
      expect(response.status).toBe(500);
      const text = await response.text();
      expect(text).not.toContain("hunter2");
      expect((JSON.parse(text) as ErrorBody).error.json.message).toBe("Something went wrong on our side. Please try again.");
      expect(logger.error).toHaveBeenCalledTimes(1);
      expect(JSON.stringify(logger.error.mock.calls[0]?.[0], (_k, v: unknown) => (v instanceof Error ? v.message : v))).toContain(
        "hunter2",
      );
    });

    it("keeps admin procedures for admins", async () => {
      expect((await call("adminOnly")).status).toBe(401);

      const signUp = await send("auth.signUp", { body: signUpBody("plain@example.pk"), headers: { origin: ORIGIN } });
      const cookie = signUp.headers.getSetCookie()[0]?.split(";")[0] ?? "";
      expect((await call("adminOnly", { cookie })).status).toBe(403);

      await testDb.db.user.update({ where: { email: "plain@example.pk" }, data: { isAdmin: true } });
      const allowed = await call("adminOnly", { cookie });
      expect(allowed.status).toBe(200);
    });
  });
});
