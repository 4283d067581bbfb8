import { FAST_TEST_HASHING } from "@hunar/auth/password";
import { createAuthLimiter } from "@hunar/auth/rate-limit";
import { createTestDb, type TestDb, testDbKinds } from "@hunar/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { handleTrpcRequest } from "./http.ts";

const ORIGIN = "http://localhost:3000";

interface ErrorBody {
  error: { json: { message: string; data: { httpStatus: number; fieldErrors?: Record<string, string> } } };
}

// Before this rule a NUL reached PostgreSQL in an id or a name and came back as a 500.
describe.each(testDbKinds())("control characters in any procedure's input on %s", (kind) => {
  let testDb: TestDb;
  const limiter = createAuthLimiter({ redis: null });
  beforeAll(async () => {
    testDb = await createTestDb(kind);
  });
  afterAll(() => testDb.close());

  const send = (path: string, input: unknown, mutation = false) => {
    const encoded = encodeURIComponent(JSON.stringify({ json: input }));
    const request = new Request(`${ORIGIN}/api/trpc/${path}${mutation ? "" : `?input=${encoded}`}`, {
      method: mutation ? "POST" : "GET",
      headers: { host: "localhost:3000", "content-type": "application/json", origin: ORIGIN, "accept-language": "ur" },
      ...(mutation ? { body: JSON.stringify({ json: input }) } : {}),
    });
    return handleTrpcRequest(request, { db: testDb.db, limiter, ip: "198.51.100.31", passwordHashing: FAST_TEST_HASHING });
  };

  it("answers 400 with the field and a localised message, for queries and mutations, signed in or not", async () => {
    const cases: [string, unknown, boolean, string][] = [
      ["gigs.byIdOrSlug", { idOrSlug: "ab\u0000cd" }, false, "idOrSlug"],
      ["catalog.popularGigs", { limit: 5, extra: "\u0000" }, false, "extra"],
      [
        "auth.signUp",
        { name: "Bilal\u0000", email: "nul@example.pk", password: "chai-at-Lahore-4pm", intent: "BOTH", locale: "en" },
        true,
        "name",
      ],
      ["auth.logIn", { email: "a@b.pk\u0007", password: "x" }, true, "email"],
    ];
    for (const [path, input, mutation, field] of cases) {
      const response = await send(path, input, mutation);
      expect(response.status, path).toBe(400);
      const body = (await response.json()) as ErrorBody;
      expect(body.error.json.data.fieldErrors?.[field], path).toBe("اس متن میں ایسے حروف ہیں جن کی اجازت نہیں۔");
    }
    expect(await testDb.db.user.count({ where: { email: "nul@example.pk" } })).toBe(0);
  });

  it("finds them at any depth, and leaves tabs and line breaks alone", async () => {
    // Checked before sign-in is: nothing of a hostile input reaches any further.
    const deep = await send("gigs.create", { titleEn: "Logo", packages: [{ tier: "BASIC", featuresEn: ["ok", "bad\u001B"] }] }, true);
    expect(deep.status).toBe(400);
    expect(((await deep.json()) as ErrorBody).error.json.data.fieldErrors).toHaveProperty(["packages.0.featuresEn.1"]);
    const fine = await send("gigs.byIdOrSlug", { idOrSlug: "no-such-gig\t" });
    expect(fine.status).toBe(404);
  });
});
