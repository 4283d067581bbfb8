import { HOST_SESSION_COOKIE, SESSION_COOKIE } from "@hunar/auth/cookie";
import { FAST_TEST_HASHING } from "@hunar/auth/password";
import { createAuthLimiter } from "@hunar/auth/rate-limit";
import { signUp } from "@hunar/auth/sign-up";
import { recordingAccountMail, TEST_SITE_ORIGIN } from "@hunar/auth/testing/account-mail";
import { createTestDb, testDbKinds, type TestDb } from "@hunar/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SOCKET_REJECTION } from "@hunar/chat/realtime/events";
import { loadAppModule, type LoadedApp } from "./support/app-module.ts";
import { connectSocket, nextDisconnect } from "./support/sockets.ts";
import { signUpThroughApi, startTestServer, type TestServer } from "./support/test-server.ts";

const redisUrl = process.env.REDIS_URL || undefined;

let loaded: LoadedApp;
beforeAll(async () => {
  loaded = await loadAppModule();
});
afterAll(async () => {
  await loaded.vite.close();
});

async function meId(server: TestServer, cookie: string): Promise<string> {
  const response = await fetch(`${server.origin}/api/trpc/auth.me`, { headers: { cookie } });
  const body = (await response.json()) as { result: { data: { json: { id: string } } } };
  return body.result.data.json.id;
}

describe.each(testDbKinds())("socket.io on %s", (kind) => {
  let testDb: TestDb;
  let server: TestServer;

  beforeAll(async () => {
    testDb = await createTestDb(kind);
    server = await startTestServer(loaded, testDb.db);
  });
  afterAll(async () => {
    await server.close();
    await testDb.close();
  });

  it("rejects a socket without a session cookie", async () => {
    const outcome = await connectSocket(server.origin, { origin: server.origin });
    expect(outcome).toEqual({ accepted: false, reason: SOCKET_REJECTION.unauthenticated });
  });

  it("rejects a socket whose cookie names no live session", async () => {
    const outcome = await connectSocket(server.origin, {
      origin: server.origin,
      cookie: "hunar_session=abcdefghijklmnopqrstuvwxyz234567",
    });
    expect(outcome).toEqual({ accepted: false, reason: SOCKET_REJECTION.unauthenticated });
  });

  it("rejects a foreign or missing Origin even with a valid session", async () => {
    const { cookie } = await signUpThroughApi(server);
    for (const origin of ["https://evil.example", undefined]) {
      const outcome = await connectSocket(server.origin, { cookie, ...(origin ? { origin } : {}) });
      expect(outcome).toEqual({ accepted: false, reason: SOCKET_REJECTION.forbiddenOrigin });
    }
  });

  it("refuses long-polling, whose same-origin handshake would carry no Origin", async () => {
    const { cookie } = await signUpThroughApi(server);
    const outcome = await connectSocket(server.origin, { origin: server.origin, cookie }, "polling");
    expect(outcome.accepted).toBe(false);
  });

  it("accepts a signed-in tab, greets it, and drops it when that session logs out", async () => {
    const { cookie } = await signUpThroughApi(server);
    const userId = await meId(server, cookie);
    const outcome = await connectSocket(server.origin, { origin: server.origin, cookie });
    if (!outcome.accepted) throw new Error(`socket refused: ${outcome.reason}`);
    expect(outcome.hello).toEqual({ userId, unreadMessages: 0 });

    const dropped = nextDisconnect(outcome.socket);
    const logout = await fetch(`${server.origin}/logout`, {
      method: "POST",
      headers: { cookie, origin: server.origin },
      redirect: "manual",
    });
    expect(logout.status).toBe(302);
    expect(await dropped).toBe("io server disconnect");
  });

  it("keeps nothing of an accepted socket's upgrade request, cookie included: only its user, session and rooms", async () => {
    const { cookie } = await signUpThroughApi(server);
    const userId = await meId(server, cookie);
    const outcome = await connectSocket(server.origin, { origin: server.origin, cookie });
    if (!outcome.accepted) throw new Error(`socket refused: ${outcome.reason}`);
    const [held] = await server.running.services.realtime.io.in(`user:${userId}`).fetchSockets();
    const local = server.running.services.realtime.io.sockets.sockets.get(held?.id ?? "");
    expect(local?.conn.request).toBeNull();
    expect(local?.handshake.headers).toEqual({});
    expect(local?.data).toEqual({ userId, sessionId: expect.any(String) as string });
    expect(local?.rooms.size).toBe(3);
    outcome.socket.close();
  });

  it("accepts a tab whose session cookie has the __Host- name it has under https", async () => {
    const { cookie } = await signUpThroughApi(server);
    const prefixed = cookie.replace(`${SESSION_COOKIE}=`, `${HOST_SESSION_COOKIE}=`);
    const outcome = await connectSocket(server.origin, { origin: server.origin, cookie: prefixed });
    if (!outcome.accepted) throw new Error(`socket refused: ${outcome.reason}`);
    outcome.socket.close();
  });

  it("drops the sockets of every session when the user logs out everywhere through tRPC", async () => {
    const { cookie } = await signUpThroughApi(server);
    const outcome = await connectSocket(server.origin, { origin: server.origin, cookie });
    if (!outcome.accepted) throw new Error(`socket refused: ${outcome.reason}`);

    const dropped = nextDisconnect(outcome.socket);
    const response = await fetch(`${server.origin}/api/trpc/auth.logOutEverywhere`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: server.origin, cookie },
      body: JSON.stringify({}),
    });
    expect(response.status).toBe(200);
    expect(await dropped).toBe("io server disconnect");
  });

  it("keeps the sockets of the user's other sessions when one session logs out", async () => {
    const { cookie, email } = await signUpThroughApi(server);
    const login = await fetch(`${server.origin}/api/trpc/auth.logIn`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: server.origin },
      body: JSON.stringify({ json: { email, password: "correct-horse-battery-staple-42" } }),
    });
    const otherCookie = (login.headers.getSetCookie()[0] ?? "").split(";")[0] ?? "";
    expect(otherCookie).toMatch(/^hunar_session=/);

    const first = await connectSocket(server.origin, { origin: server.origin, cookie });
    const second = await connectSocket(server.origin, { origin: server.origin, cookie: otherCookie });
    if (!first.accepted || !second.accepted) throw new Error("socket refused");

    const dropped = nextDisconnect(first.socket);
    await fetch(`${server.origin}/logout`, { method: "POST", headers: { cookie, origin: server.origin }, redirect: "manual" });
    await dropped;
    expect(second.socket.connected).toBe(true);
    second.socket.close();
  });
});

// Several server processes behind a load balancer: a logout handled by one must reach the
// sockets held by another. Needs Redis; CI provides it.
describe.skipIf(!redisUrl)("socket.io across processes through Redis", () => {
  let testDb: TestDb;
  let nodeA: TestServer;
  let nodeB: TestServer;

  beforeAll(async () => {
    testDb = await createTestDb("pglite");
    nodeA = await startTestServer(loaded, testDb.db, { REDIS_URL: redisUrl ?? "" });
    nodeB = await startTestServer(loaded, testDb.db, { REDIS_URL: redisUrl ?? "" });
  });
  afterAll(async () => {
    await nodeA.close();
    await nodeB.close();
    await testDb.close();
  });

  it("disconnects a user's socket on node B when node A ends the user's sessions", async () => {
    // Signed up directly: the HTTP route would count against Redis-held signup limits that
    // outlive this test run.
    const { user, token } = await signUp(
      {
        db: testDb.db,
        limiter: createAuthLimiter({ redis: null }),
        passwordHashing: FAST_TEST_HASHING,
        mail: recordingAccountMail(),
        siteOrigin: TEST_SITE_ORIGIN,
      },
      {
        name: "Node Test",
        email: `nodes-${process.pid}@example.com`,
        password: "correct-horse-battery-staple-42",
        intent: "WORK",
        locale: "ur",
      },
      { ip: "127.0.0.1" },
    );
    const outcome = await connectSocket(nodeB.origin, { origin: nodeB.origin, cookie: `hunar_session=${token}` });
    if (!outcome.accepted) throw new Error(`socket refused: ${outcome.reason}`);

    const dropped = nextDisconnect(outcome.socket);
    nodeA.running.services.realtime.disconnectUser(user.id);
    expect(await dropped).toBe("io server disconnect");
  });
});

if (!redisUrl) {
  console.warn("Skipped the multi-process socket.io test: REDIS_URL is not set (CI sets it).");
}
