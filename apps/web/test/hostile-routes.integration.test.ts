import { createSession } from "@hunar/auth/session";
import { SESSION_COOKIE } from "@hunar/auth/cookie";
import { createTestDb, testDbKinds, type TestDb } from "@hunar/db/testing";
import { databaseFingerprint } from "@hunar/db/testing/fingerprint";
import { createOrderWorld, createPaidOrder } from "@hunar/orders/testing/order-fixtures";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import routes from "../app/routes.ts";
import { loadAppModule, type LoadedApp } from "./support/app-module.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";

/*
 * Every route of the route config (a new one is covered without touching this file), asked for
 * over real HTTP by a stranger, a signed-in user and an admin, with hostile parameters, queries
 * and bodies: control characters, huge ids, another user's order, bodies that are not forms,
 * broken multipart, oversized forms. None may answer 5xx, every refusal is a page in the
 * reader's language, and nothing in the database may change.
 */

interface RouteEntry {
  path?: string;
  children?: RouteEntry[];
}

function paths(entries: readonly RouteEntry[], prefix = ""): string[] {
  return entries.flatMap((entry) => {
    const here = entry.path === undefined ? prefix : `${prefix}/${entry.path}`.replace(/\/+/g, "/");
    return [here === "" ? "/" : here, ...paths(entry.children ?? [], here)];
  });
}

const ROUTE_PATHS = [...new Set(paths(routes))];

/** Each route's path with its parameters filled by one hostile value (`*` by a path segment). */
function filled(path: string, value: string): string {
  return path.replace(/:[A-Za-z]+/g, value).replace("*", `nothing-here/${value}`);
}

function paramValues(strangersOrderId: string): string[] {
  return [
    "%00",
    "a%0Ab",
    "%1B%5B2J",
    "..%2F..%2Fetc%2Fpasswd",
    "x".repeat(3_000),
    "%E2%80%AE%D9%84%D9%88%DA%AF%D9%88",
    strangersOrderId,
    "null",
  ];
}

const QUERIES = [
  "?q=%00",
  "?cursor=forged",
  "?cursor=" + "A".repeat(5_000),
  "?lng=xx&side=%F0%9F%92%A5&filter[]=1",
  "?redirectTo=%09%2F%2Fevil.example",
];

function bodies(): { label: string; type: string | null; body: BodyInit }[] {
  const multipart = new FormData();
  multipart.append("intent", "x\u0000");
  return [
    { label: "JSON", type: "application/json", body: '{"intent":"deliver","message":"x"}' },
    { label: "plain text", type: "text/plain", body: "intent=deliver" },
    { label: "no content type", type: null, body: new Blob(["intent=deliver"]) },
    { label: "broken multipart", type: "multipart/form-data; boundary=nope", body: "--other\r\n\r\nx" },
    { label: "a NUL in a field", type: "application/x-www-form-urlencoded", body: "intent=a%00b&email=a%00%40b.pk&name=%00" },
    { label: "unknown intent", type: "application/x-www-form-urlencoded", body: "intent=%3Cscript%3E&id=%27%20OR%201%3D1--" },
    { label: "an oversized form", type: "application/x-www-form-urlencoded", body: `note=${"x".repeat(2 * 1024 * 1024)}` },
  ];
}

let loaded: LoadedApp;
beforeAll(async () => {
  loaded = await loadAppModule();
});
afterAll(async () => {
  await loaded.vite.close();
});

describe.each(testDbKinds())("every route given hostile input on %s", (kind) => {
  let testDb: TestDb;
  let server: TestServer;
  let strangersOrderId = "";
  const identities: { name: string; cookie: string | null }[] = [];

  beforeAll(async () => {
    testDb = await createTestDb(kind);
    server = await startTestServer(loaded, testDb.db);
    const world = await createOrderWorld(testDb.db);
    strangersOrderId = (await createPaidOrder(testDb.db, world)).id;
    // Already delivered, so the server's dispatcher has nothing to write while the walk runs.
    await testDb.db.notification.updateMany({ data: { deliveredAt: new Date(), emailStatus: "SKIPPED" } });
    const cookie = async (userId: string) => `${SESSION_COOKIE}=${(await createSession(testDb.db, userId)).token}; lng=ur`;
    identities.push(
      { name: "signed out", cookie: "lng=ur" },
      { name: "a signed-in stranger", cookie: await cookie(world.stranger.userId) },
      { name: "an admin", cookie: await cookie(world.admin.userId) },
    );
  });
  afterAll(async () => {
    await server.close();
    await testDb.close();
  });

  const send = async (method: string, path: string, cookie: string | null, body?: { type: string | null; body: BodyInit }) => {
    const headers: Record<string, string> = { origin: server.origin, "accept-language": "ur" };
    if (cookie) headers.cookie = cookie;
    if (body?.type) headers["content-type"] = body.type;
    const response = await fetch(`${server.origin}${path}`, { method, headers, redirect: "manual", ...(body ? { body: body.body } : {}) });
    return { status: response.status, text: await response.text() };
  };

  it("answers no request with a 5xx, refuses in Urdu for an Urdu reader, and changes nothing", async () => {
    expect(ROUTE_PATHS.length).toBeGreaterThan(30);
    const before = await databaseFingerprint(testDb.db);
    const problems: string[] = [];
    const check = (where: string, answer: { status: number; text: string }) => {
      if (answer.status >= 500) problems.push(`${where}: ${answer.status} ${answer.text.slice(0, 160)}`);
      else if (answer.status >= 400 && !/[\u0600-\u06FF]/.test(answer.text)) problems.push(`${where}: ${answer.status} with no Urdu`);
    };
    for (const route of ROUTE_PATHS) {
      const templated = route.includes(":") || route.includes("*");
      const targets = templated ? paramValues(strangersOrderId).map((value) => filled(route, value)) : [route];
      // Bodies go where an action would read them: someone else's record, and one that does not exist.
      const postTargets = templated ? [filled(route, strangersOrderId), filled(route, "no-such-id")] : [route];
      // The identities walk the route side by side: the server, not this loop, sets the pace.
      await Promise.all(
        identities.map(async ({ name, cookie }) => {
          // Every hostile value as the signed-in stranger; the first two for the others.
          const mine = name === "a signed-in stranger";
          for (const target of mine ? targets : targets.slice(0, 2))
            check(`GET ${target.slice(0, 80)} as ${name}`, await send("GET", target, cookie));
          for (const query of mine ? QUERIES : []) {
            check(`GET ${targets[0]?.slice(0, 60)}${query.slice(0, 40)} as ${name}`, await send("GET", `${targets[0]}${query}`, cookie));
          }
          // Logging out takes no input: any post ends the session, as it should.
          const postable = route !== "/logout";
          for (const body of postable ? bodies() : []) {
            // Huge bodies test the one limit every route shares: once per route is enough.
            if (body.label === "an oversized form" && !mine) continue;
            for (const target of postTargets.flatMap((path) => [path, `${path}?intent=deliver`])) {
              check(`POST ${target.slice(0, 60)} (${body.label}) as ${name}`, await send("POST", target, cookie, body));
            }
          }
        }),
      );
    }
    expect(problems).toEqual([]);
    expect(await databaseFingerprint(testDb.db)).toEqual(before);
  }, 360_000);
});
