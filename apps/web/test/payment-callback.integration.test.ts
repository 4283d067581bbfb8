import type { Server } from "node:http";
import { createTestUser } from "@hunar/db/testing/factories";
import type { AddressInfo } from "node:net";
import { createTestDb, type TestDb, testDbKinds } from "@hunar/db/testing";
import { signGatewayPayload } from "@hunar/payments/funding/gateway-signature";
import { orderFunding } from "@hunar/orders/order-funding";
import { submitManualFunding } from "@hunar/payments/funding/manual-provider";
import { getUserBalances } from "@hunar/payments/ledger/balances";
import express from "express";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { paymentCallback } from "../server/payment-callback.ts";
import { loadAppModule, type LoadedApp } from "./support/app-module.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";

const SECRET = "web-callback-test-secret-0123456789abcdef";
let counter = 0;

async function pendingFunding(db: TestDb["db"], amountPaisa: bigint): Promise<{ userId: string; id: string }> {
  counter += 1;
  const user = { id: (await createTestUser(db, "Bilal Ahmed")).userId };
  const started = await submitManualFunding(
    db,
    { userId: user.id },
    { amountPaisa, rail: "JAZZCASH", reference: `WEB-${process.pid}-${counter}` },
    orderFunding,
  );
  return { userId: user.id, id: started.request.id };
}

function signedRequest(body: string, options: { secret?: string; at?: Date } = {}): RequestInit {
  const timestamp = String(Math.floor((options.at ?? new Date()).getTime() / 1000));
  return {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-hunar-timestamp": timestamp,
      "x-hunar-signature": signGatewayPayload(options.secret ?? SECRET, timestamp, body),
    },
    body,
  };
}

async function expectJson(response: Response, status: number, body: Record<string, unknown>): Promise<void> {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toMatch(/^application\/json/);
  expect(response.headers.get("cache-control")).toBe("no-store");
  expect(await response.json()).toMatchObject(body);
}

// The handler in isolation, with and without a secret.
describe.each(testDbKinds())("POST /api/payments/callback/:provider on %s", (kind) => {
  let testDb: TestDb;
  let server: Server;
  let base: string;

  beforeAll(async () => {
    testDb = await createTestDb(kind);
    const app = express();
    const log = pino({ level: "silent" });
    app.use((_req, res, next) => {
      res.locals.log = log;
      next();
    });
    app.use("/on", paymentCallback(testDb.db, { secret: SECRET }));
    app.use("/off", paymentCallback(testDb.db, { secret: null }));
    app.use((_req, res) => void res.status(418).send("fell through"));
    server = app.listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await testDb.close();
  });

  it("confirms a signed success, and answers a replay the same without moving money", async () => {
    const { userId, id } = await pendingFunding(testDb.db, 150_000n);
    const body = JSON.stringify({ eventId: `evt-${id}`, fundingRequestId: id, status: "succeeded", amountPaisa: "150000" });
    await expectJson(await fetch(`${base}/on/gateway`, signedRequest(body)), 200, {
      received: true,
      fundingRequestId: id,
      status: "CONFIRMED",
    });
    expect((await getUserBalances(testDb.db, userId)).wallet).toBe(150_000n);
    const replay = await fetch(`${base}/on/gateway`, signedRequest(body));
    await expectJson(replay, 200, { received: true, fundingRequestId: id, status: "CONFIRMED" });
    expect((await getUserBalances(testDb.db, userId)).wallet).toBe(150_000n);
  });

  it("reads the raw bytes whatever content type is declared", async () => {
    const { id } = await pendingFunding(testDb.db, 1_000n);
    const body = JSON.stringify({ eventId: `evt-${id}`, fundingRequestId: id, status: "failed", amountPaisa: "1000" });
    const request = signedRequest(body);
    for (const type of ["text/plain", "application/x-www-form-urlencoded"]) {
      const response = await fetch(`${base}/on/gateway`, {
        ...request,
        headers: { ...(request.headers as Record<string, string>), "content-type": type },
      });
      await expectJson(response, 200, { status: "REJECTED" });
    }
  });

  it("answers 401 for a wrong, missing or stale signature", async () => {
    const { id } = await pendingFunding(testDb.db, 2_000n);
    const body = JSON.stringify({ eventId: `evt-${id}`, fundingRequestId: id, status: "succeeded", amountPaisa: "2000" });
    const attempts: RequestInit[] = [
      signedRequest(body, { secret: "someone-elses-secret-0123456789abcdef" }),
      signedRequest(body, { at: new Date(Date.now() - 10 * 60_000) }),
      { method: "POST", headers: { "content-type": "application/json" }, body },
      { ...signedRequest(body), headers: { "x-hunar-timestamp": "soon", "x-hunar-signature": "zz" } },
    ];
    for (const attempt of attempts) {
      await expectJson(await fetch(`${base}/on/gateway`, attempt), 401, { error: "UNAUTHENTICATED" });
    }
    expect((await testDb.db.fundingRequest.findUniqueOrThrow({ where: { id } })).status).toBe("PENDING");
  });

  it("answers 400 for malformed events and amount mismatches, 404 for unknown requests and providers", async () => {
    const { id } = await pendingFunding(testDb.db, 3_000n);
    for (const body of ["{", "", "[]", JSON.stringify({ eventId: "e1", fundingRequestId: id, status: "succeeded", amountPaisa: 3000 })]) {
      await expectJson(await fetch(`${base}/on/gateway`, signedRequest(body)), 400, { error: "BAD_INPUT" });
    }
    const mismatch = JSON.stringify({ eventId: "e2", fundingRequestId: id, status: "succeeded", amountPaisa: "3001" });
    await expectJson(await fetch(`${base}/on/gateway`, signedRequest(mismatch)), 400, {
      message: "payments:errors.funding.amountMismatch",
    });
    const unknown = JSON.stringify({ eventId: "e3", fundingRequestId: "no-such-request", status: "succeeded", amountPaisa: "3000" });
    await expectJson(await fetch(`${base}/on/gateway`, signedRequest(unknown)), 404, { error: "NOT_FOUND" });
    const good = JSON.stringify({ eventId: "e4", fundingRequestId: id, status: "succeeded", amountPaisa: "3000" });
    for (const path of ["/on/stripe", "/on/__proto__", "/on/constructor", "/on/gateway/extra"]) {
      await expectJson(await fetch(`${base}${path}`, signedRequest(good)), 404, { error: "NOT_FOUND" });
    }
    await expectJson(await fetch(`${base}/on/gateway`), 404, { error: "NOT_FOUND" });
    expect((await testDb.db.fundingRequest.findUniqueOrThrow({ where: { id } })).status).toBe("PENDING");
  });

  it("answers 413 for an oversized body and 409 for a request decided already", async () => {
    await expectJson(await fetch(`${base}/on/gateway`, signedRequest("x".repeat(40_000))), 413, { error: "TOO_LARGE" });
    const { id } = await pendingFunding(testDb.db, 4_000n);
    const first = JSON.stringify({ eventId: "first", fundingRequestId: id, status: "failed", amountPaisa: "4000" });
    await expectJson(await fetch(`${base}/on/gateway`, signedRequest(first)), 200, { status: "REJECTED" });
    const second = JSON.stringify({ eventId: "second", fundingRequestId: id, status: "succeeded", amountPaisa: "4000" });
    await expectJson(await fetch(`${base}/on/gateway`, signedRequest(second)), 409, { error: "INVALID_STATE" });
  });

  it("is off (404) without a secret", async () => {
    const { id } = await pendingFunding(testDb.db, 5_000n);
    const body = JSON.stringify({ eventId: "off", fundingRequestId: id, status: "succeeded", amountPaisa: "5000" });
    await expectJson(await fetch(`${base}/off/gateway`, signedRequest(body)), 404, { error: "NOT_FOUND" });
  });
});

// The real app: the route sits before the same-origin guard, since gateways send no Origin.
describe("payment callbacks in the app", () => {
  let loaded: LoadedApp;
  let testDb: TestDb;
  let server: TestServer;

  beforeAll(async () => {
    process.env.PAYMENTS_GATEWAY_SECRET = SECRET;
    loaded = await loadAppModule();
    testDb = await createTestDb("pglite");
    server = await startTestServer(loaded, testDb.db);
  });
  afterAll(async () => {
    await server.close();
    await testDb.close();
    await loaded.vite.close();
  });

  it("takes a signed server-to-server post without an Origin, and a foreign Origin changes nothing", async () => {
    const { userId, id } = await pendingFunding(testDb.db, 9_000n);
    const body = JSON.stringify({ eventId: `app-${id}`, fundingRequestId: id, status: "succeeded", amountPaisa: "9000" });
    await expectJson(await fetch(`${server.origin}/api/payments/callback/gateway`, signedRequest(body)), 200, { status: "CONFIRMED" });
    expect((await getUserBalances(testDb.db, userId)).wallet).toBe(9_000n);
    const foreign = signedRequest(body);
    const response = await fetch(`${server.origin}/api/payments/callback/gateway`, {
      ...foreign,
      headers: { ...(foreign.headers as Record<string, string>), origin: "https://evil.example" },
    });
    await expectJson(response, 200, { status: "CONFIRMED" });
    await expectJson(await fetch(`${server.origin}/api/payments/callback/gateway`, { method: "POST", body }), 401, {
      error: "UNAUTHENTICATED",
    });
  });
});
