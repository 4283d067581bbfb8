import { createSession } from "@hunar/auth/session";
import { SESSION_COOKIE } from "@hunar/auth/cookie";
import { FAST_TEST_HASHING } from "@hunar/auth/password";
import { createAuthLimiter } from "@hunar/auth/rate-limit";
import { createTestDb, type TestDb, testDbKinds } from "@hunar/db/testing";
import { databaseFingerprint } from "@hunar/db/testing/fingerprint";
import { createTestUser } from "@hunar/db/testing/factories";
import { createOrderWorld, createPaidOrder } from "@hunar/orders/testing/order-fixtures";
import type { AnyProcedure } from "@trpc/server";
import superjson from "superjson";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { handleTrpcRequest } from "./http.ts";
import { appRouter } from "./root.ts";

/*
 * Every procedure of the router, enumerated from it (a new one is covered without touching this
 * file), called over HTTP as a stranger, a signed-in user and an admin with inputs no form
 * would send. None may answer 5xx; every refusal carries a message in the caller's language;
 * no mutation may succeed; and nothing in the database may change.
 */

const ORIGIN = "http://localhost:3000";
const URDU = /[\u0600-\u06FF]/;

const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, AnyProcedure>);

/** A procedure that declares no input ignores whatever is sent (logging out is logging out). */
const takesInput = (procedure: AnyProcedure) => ((procedure._def as { inputs?: unknown[] }).inputs ?? []).length > 0;

// Keys that would reach Object.prototype if any layer merged input into an object naively.
const PROTOTYPE_KEYS = '{"json": {"__proto__": {"isAdmin": true}, "constructor": {"prototype": {"isAdmin": true}}}}';

function nested(depth: number): unknown {
  let value: unknown = "leaf";
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

/** The keys of a procedure's object input, when it has one (zod 4 objects expose their shape). */
function inputKeys(procedure: AnyProcedure): string[] {
  const inputs = (procedure._def as { inputs?: unknown[] }).inputs ?? [];
  return inputs.flatMap((schema) => (schema instanceof z.ZodObject ? Object.keys(schema.shape as object) : []));
}

/** What no form or client of ours sends: for the whole input, and for each field it names. */
function hostileInputs(procedure: AnyProcedure, strangersOrderId: string): { label: string; input: unknown }[] {
  const whole = [
    { label: "null", input: null },
    { label: "a number", input: 42 },
    { label: "a string with NUL", input: "a\u0000b" },
    { label: "an array", input: [1, "2", null] },
    { label: "deep nesting", input: nested(200) },
    { label: "a 200,000-character string", input: "x".repeat(200_000) },
  ];
  const perField = inputKeys(procedure).flatMap((key) => [
    { label: `${key}: NUL`, input: { [key]: "id\u0000" } },
    { label: `${key}: ESC`, input: { [key]: "\u001B[2J" } },
    { label: `${key}: 100,000 characters`, input: { [key]: "ی".repeat(100_000) } },
    { label: `${key}: a number`, input: { [key]: 1e308 } },
    { label: `${key}: an object`, input: { [key]: { $gt: "" } } },
    { label: `${key}: an array`, input: { [key]: ["a", 1] } },
    { label: `${key}: another user's order`, input: { [key]: strangersOrderId } },
    { label: `${key} and an unknown field`, input: { [key]: "x", isAdmin: true, userId: "someone-else" } },
  ]);
  return [...whole, ...perField];
}

describe.each(testDbKinds())("every procedure given hostile input on %s", (kind) => {
  let testDb: TestDb;
  const limiter = createAuthLimiter({ redis: null, keyPrefix: `hostile:${crypto.randomUUID()}` });
  const identities: { name: string; cookie: string | null }[] = [];
  let strangersOrderId = "";

  beforeAll(async () => {
    testDb = await createTestDb(kind);
    const world = await createOrderWorld(testDb.db);
    strangersOrderId = (await createPaidOrder(testDb.db, world)).id;
    const cookie = async (userId: string) => `${SESSION_COOKIE}=${(await createSession(testDb.db, userId)).token}`;
    const user = await createTestUser(testDb.db, "Hostile Caller");
    identities.push(
      { name: "signed out", cookie: null },
      { name: "a signed-in user", cookie: await cookie(user.userId) },
      { name: "an admin", cookie: await cookie(world.admin.userId) },
    );
  });
  afterAll(() => testDb.close());

  /** `raw` is sent as the JSON text itself: what superjson would refuse to write (a __proto__ key). */
  const call = (path: string, type: string, input: unknown, cookie: string | null, raw?: string) => {
    const json = raw ?? JSON.stringify(superjson.serialize(input));
    const url = type === "query" ? `${ORIGIN}/api/trpc/${path}?input=${encodeURIComponent(json)}` : `${ORIGIN}/api/trpc/${path}`;
    const headers: Record<string, string> = {
      host: "localhost:3000",
      origin: ORIGIN,
      "accept-language": "ur",
      "content-type": "application/json",
    };
    if (cookie) headers.cookie = cookie;
    const request = new Request(url, {
      method: type === "query" ? "GET" : "POST",
      headers,
      ...(type === "query" ? {} : { body: json }),
    });
    return handleTrpcRequest(request, { db: testDb.db, limiter, ip: "198.51.100.99", passwordHashing: FAST_TEST_HASHING });
  };

  it("answers none with a 5xx, refuses every mutation in the caller's language, and changes nothing", async () => {
    expect(procedures.length).toBeGreaterThan(40);
    // The admin console's user procedures are among them: reading accounts and suspending them.
    const paths = procedures.map(([path]) => path);
    expect(paths).toEqual(expect.arrayContaining(["adminUsers.search", "adminUsers.page", "adminUsers.suspend", "adminUsers.restore"]));
    // And the report queue for gigs and people: listing the open reports and resolving one.
    expect(paths).toEqual(expect.arrayContaining(["adminReports.list", "adminReports.resolve"]));
    // And the disputes: the parties' thread and settlement, the admins' queue and decisions.
    expect(paths).toEqual(
      expect.arrayContaining([
        ...["get", "open", "post", "propose", "answerProposal", "appeal"].map((name) => `disputes.${name}`),
        ...["queue", "decide", "decideAppeal"].map((name) => `adminDisputes.${name}`),
      ]),
    );
    const before = await databaseFingerprint(testDb.db);
    const problems: string[] = [];
    for (const [path, procedure] of procedures) {
      const type = procedure._def.type;
      if (type === "mutation" && !takesInput(procedure)) continue;
      for (const { name, cookie } of identities) {
        const cases = [...hostileInputs(procedure, strangersOrderId), { label: "prototype keys", input: undefined, raw: PROTOTYPE_KEYS }];
        for (const { label, input, raw } of cases as { label: string; input: unknown; raw?: string }[]) {
          // The huge strings cost the most and test the same code for everyone: once is enough.
          if (label.includes("characters") && name !== "a signed-in user") continue;
          const response = await call(path, type, input, cookie, raw);
          const text = await response.text();
          const where = `${path} as ${name} with ${label}: ${response.status}`;
          if (response.status >= 500) problems.push(`${where} ${text.slice(0, 200)}`);
          else if (type === "mutation" && response.status < 400) problems.push(`${where} (a hostile mutation succeeded)`);
          else if (response.status >= 400) {
            const message = (JSON.parse(text) as { error?: { json?: { message?: string } } }).error?.json?.message ?? "";
            if (!URDU.test(message)) problems.push(`${where} not in Urdu: ${message.slice(0, 120)}`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
    expect(await databaseFingerprint(testDb.db)).toEqual(before);
    expect(({} as { isAdmin?: unknown }).isAdmin).toBeUndefined();
    // Over fifty procedures, each with about fifty inputs for three callers: well past the default.
  }, 240_000);

  it("answers a body that is not JSON, or broken JSON, with a 4xx to every mutation", async () => {
    const problems: string[] = [];
    for (const [path, procedure] of procedures) {
      if (procedure._def.type !== "mutation" || !takesInput(procedure)) continue;
      for (const body of ["not json", '{"json":', "[]", '{"json": {"a": 1}, "meta": {"values": {"a": ["bigint"]}}}']) {
        const response = await call(path, "mutation", undefined, identities[1]?.cookie ?? null, body);
        if (response.status >= 500 || response.status < 400) problems.push(`${path} with ${JSON.stringify(body)}: ${response.status}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
