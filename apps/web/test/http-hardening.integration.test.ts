import { connect } from "node:net";
import { createTestDb, type TestDb } from "@hunar/db/testing";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { loadAppModule, type LoadedApp } from "./support/app-module.ts";
import { signUpThroughApi, startTestServer, type TestServer } from "./support/test-server.ts";

const KiB = 1024;
const MiB = 1024 * KiB;

let loaded: LoadedApp;
beforeAll(async () => {
  loaded = await loadAppModule();
});
afterAll(async () => {
  await loaded.vite.close();
});

interface Exchange {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** The server ended the connection (rather than the test giving up after 10 s). */
  closedByServer: boolean;
  ms: number;
}

/**
 * Writes raw bytes (no more than given: a request whose body never ends) and reads until the
 * server closes the connection. A server that waited for, or buffered, the rest would not answer.
 */
function exchange(server: TestServer, ...parts: (string | Buffer)[]): Promise<Exchange> {
  const { port } = new URL(server.origin);
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), "127.0.0.1");
    const received: Buffer[] = [];
    const finish = (closedByServer: boolean) => {
      clearTimeout(timer);
      const text = Buffer.concat(received).toString("utf8");
      const [head = "", ...rest] = text.split("\r\n\r\n");
      const [statusLine = "", ...headerLines] = head.split("\r\n");
      const headers = Object.fromEntries(
        headerLines.map((line) => [line.slice(0, line.indexOf(":")).toLowerCase(), line.slice(line.indexOf(":") + 1).trim()]),
      );
      resolve({
        status: Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? 0),
        headers,
        body: rest.join("\r\n\r\n"),
        closedByServer,
        ms: Date.now() - started,
      });
    };
    const timer = setTimeout(() => {
      socket.destroy();
      finish(false);
    }, 10_000);
    socket.on("data", (chunk: Buffer) => received.push(chunk));
    socket.on("error", (error) => (received.length > 0 ? finish(true) : reject(error)));
    socket.on("close", () => finish(true));
    for (const part of parts) socket.write(part);
  });
}

const chunk = (data: Buffer) => Buffer.concat([Buffer.from(`${data.length.toString(16)}\r\n`), data, Buffer.from("\r\n")]);

function chunked(total: number, size = 64 * KiB): Buffer[] {
  const out: Buffer[] = [];
  for (let sent = 0; sent < total; sent += size) out.push(chunk(Buffer.alloc(Math.min(size, total - sent), 0x61)));
  return out;
}

function errorLines(server: TestServer, from: number): Record<string, unknown>[] {
  return server.logs.slice(from).filter((line) => typeof line.level === "number" && line.level >= 40);
}

// The HTTP layer does not depend on the database: one kind is enough.
describe("HTTP hardening", () => {
  let testDb: TestDb;
  let server: TestServer;
  let host: string;

  beforeAll(async () => {
    testDb = await createTestDb("pglite");
    server = await startTestServer(loaded, testDb.db);
    host = new URL(server.origin).host;
  });
  afterAll(async () => {
    await server.close();
    await testDb.close();
  });

  describe("request bodies", () => {
    it("answers tRPC auth.logIn claiming a 300 MiB body with a localised 413, before reading it", async () => {
      const logsBefore = server.logs.length;
      const result = await exchange(
        server,
        `POST /api/trpc/auth.logIn HTTP/1.1\r\nHost: ${host}\r\nOrigin: ${server.origin}\r\nAccept-Language: en\r\n` +
          `Content-Type: application/json\r\nContent-Length: ${300 * MiB}\r\n\r\n`,
        `{"json":{"email":"someone@example.com","password":"${"x".repeat(KiB)}`,
      );
      // Answered and closed with 1 KiB of the 300 MiB sent.
      expect(result.status).toBe(413);
      expect(result.closedByServer).toBe(true);
      expect(result.ms).toBeLessThan(3_000);
      expect(result.headers.connection).toBe("close");
      const body = JSON.parse(result.body) as { error: { json: { message: string; code: number; data: Record<string, unknown> } } };
      expect(body.error.json).toEqual({
        message: "This request is too large, so it was not read. Please send less at once.",
        code: -32013,
        data: { code: "PAYLOAD_TOO_LARGE", httpStatus: 413, appCode: "BAD_INPUT", fieldErrors: null, messageKey: "errors:requestTooLarge" },
      });
      await vi.waitFor(() =>
        expect(server.logs.slice(logsBefore)).toContainEqual(
          expect.objectContaining({ msg: "request", method: "POST", path: "/api/trpc/auth.logIn", status: 413 }),
        ),
      );
      expect(server.logs.slice(logsBefore)).toContainEqual(
        expect.objectContaining({ msg: "request body too large", limitBytes: MiB, declaredBytes: 300 * MiB }),
      );
      expect(errorLines(server, logsBefore)).toEqual([]);
    });

    it("answers the login form claiming a 300 MiB body with a localised 413 page, before reading it", async () => {
      const result = await exchange(
        server,
        `POST /login HTTP/1.1\r\nHost: ${host}\r\nOrigin: ${server.origin}\r\nAccept-Language: ur\r\n` +
          `Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ${300 * MiB}\r\n\r\n`,
        `email=someone%40example.com&password=${"x".repeat(KiB)}`,
      );
      expect(result.status).toBe(413);
      expect(result.closedByServer).toBe(true);
      expect(result.ms).toBeLessThan(3_000);
      expect(result.headers["content-type"]).toMatch(/^text\/html/);
      expect(result.body).toContain('<html lang="ur" dir="rtl">');
      expect(result.body).toContain("یہ درخواست بہت بڑی ہے، اس لیے اسے پڑھا نہیں گیا۔");
    });

    it("cuts a chunked tRPC body at its 1 MiB limit, before the body ends", async () => {
      const logsBefore = server.logs.length;
      const result = await exchange(
        server,
        `POST /api/trpc/auth.logIn HTTP/1.1\r\nHost: ${host}\r\nOrigin: ${server.origin}\r\nAccept-Language: en\r\n` +
          `Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n`,
        // Just over the limit, and never the last chunk: only a cut at the limit answers this.
        ...chunked(MiB + 64 * KiB),
      );
      expect(result.status).toBe(413);
      expect(result.closedByServer).toBe(true);
      const line = server.logs.slice(logsBefore).find((entry) => entry.msg === "request body too large") as { receivedBytes: number };
      expect(line.receivedBytes).toBeGreaterThan(MiB);
      expect(line.receivedBytes).toBeLessThanOrEqual(MiB + 64 * KiB);
    });

    it("cuts a chunked form body at its limit", async () => {
      const result = await exchange(
        server,
        `POST /login HTTP/1.1\r\nHost: ${host}\r\nOrigin: ${server.origin}\r\nAccept-Language: en\r\n` +
          `Content-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n`,
        ...chunked(64 * KiB, 8 * KiB),
      );
      expect(result.status).toBe(413);
      expect(result.body).toContain("This request is too large");
    });

    it("hands a chunked body within the limit to tRPC whole", async () => {
      const json = JSON.stringify({ json: { email: "nobody-here@example.com", password: "not-the-password-1234" } });
      const result = await exchange(
        server,
        `POST /api/trpc/auth.logIn HTTP/1.1\r\nHost: ${host}\r\nOrigin: ${server.origin}\r\nAccept-Language: en\r\n` +
          `Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n`,
        chunk(Buffer.from(json.slice(0, 20))),
        chunk(Buffer.from(json.slice(20))),
        "0\r\n\r\n",
      );
      // The procedure ran on the whole input: wrong credentials, not a parse error.
      expect(result.status).toBe(401);
      expect(result.body).toContain("The email or password is incorrect.");
    });
  });

  describe("socket.io polling", () => {
    it("is answered once, by socket.io, and logs no error", async () => {
      const logsBefore = server.logs.length;
      const response = await fetch(`${server.origin}/socket.io/?EIO=4&transport=polling`);
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ code: 0, message: "Transport unknown" });
      // Give a second answer (and its error log) the time to happen.
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(errorLines(server, logsBefore)).toEqual([]);
      expect(server.logs.slice(logsBefore).filter((line) => typeof line.path === "string" && line.path.startsWith("/socket.io"))).toEqual(
        [],
      );
    });
  });

  describe("Cache-Control", () => {
    let cookie: string;
    beforeAll(async () => {
      ({ cookie } = await signUpThroughApi(server));
    });

    it("is no-store on a signed-in page, its .data requests, and private pages", async () => {
      const paths = [
        "/",
        "/account",
        "/account.data",
        // A client-side navigation asks only for the page's own loader (the root's stays), so
        // the root's no-store is not there to inherit.
        "/account.data?_routes=routes%2Faccount",
        "/wallet",
        "/wallet.data?_routes=routes%2Fwallet",
        "/earnings/payout-methods",
        "/earnings/payout-methods.data?_routes=routes%2Fpayout-methods",
        "/orders",
      ];
      for (const path of paths) {
        const response = await fetch(`${server.origin}${path}`, { headers: { cookie }, redirect: "manual" });
        expect(response.status, path).toBeLessThan(500);
        expect(response.headers.get("cache-control"), path).toBe("no-store");
        await response.body?.cancel();
      }
    });

    it("is no-store on a tRPC query with a session, and on a response that sets the session", async () => {
      const me = await fetch(`${server.origin}/api/trpc/auth.me`, { headers: { cookie } });
      expect(me.status).toBe(200);
      expect(me.headers.get("cache-control")).toBe("no-store");
      await me.body?.cancel();

      const signUp = await fetch(`${server.origin}/api/trpc/auth.signUp`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: server.origin },
        body: JSON.stringify({
          json: {
            name: "Cache Test",
            email: `cache-${process.pid}@example.com`,
            password: "correct-horse-battery-staple-42",
            intent: "BOTH",
            locale: "en",
          },
        }),
      });
      expect(signUp.headers.getSetCookie().length).toBeGreaterThan(0);
      expect(signUp.headers.get("cache-control")).toBe("no-store");
      await signUp.body?.cancel();
    });

    it("is left as the route has it on the home page signed out", async () => {
      const response = await fetch(`${server.origin}/`);
      expect(response.status).toBe(200);
      expect(response.headers.get("cache-control") ?? "public").not.toContain("no-store");
      await response.body?.cancel();
    });
  });

  describe("requests without a Host", () => {
    it("answers an HTTP/1.0 page request without Host with 400, not 500", async () => {
      const logsBefore = server.logs.length;
      const result = await exchange(server, "GET / HTTP/1.0\r\n\r\n");
      expect(result.status).toBe(400);
      expect(result.closedByServer).toBe(true);
      expect(errorLines(server, logsBefore)).toEqual([]);
    });
  });

  describe("headers and logs", () => {
    it("sends a Permissions-Policy that turns off the camera, microphone and geolocation", async () => {
      const response = await fetch(`${server.origin}/`);
      const policy = response.headers.get("permissions-policy") ?? "";
      for (const feature of ["camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()"]) expect(policy).toContain(feature);
      await response.body?.cancel();
    });

    it("prints no stack trace for an OPTIONS request or an unmatched URL, and logs no error", async () => {
      const stderr = vi.spyOn(process.stderr, "write");
      const consoleError = vi.spyOn(console, "error");
      const logsBefore = server.logs.length;
      const requests: [string, RequestInit][] = [
        ["/", { method: "OPTIONS" }],
        ["/login", { method: "OPTIONS" }],
        ["/no-such-page/at-all", {}],
        ["/no-such-page/at-all.data", {}],
        [
          "/no-such-page",
          { method: "POST", headers: { origin: server.origin, "content-type": "application/x-www-form-urlencoded" }, body: "a=1" },
        ],
      ];
      for (const [path, init] of requests) {
        const response = await fetch(`${server.origin}${path}`, { ...init, redirect: "manual" });
        expect(response.status, `${init.method ?? "GET"} ${path}`).toBeGreaterThanOrEqual(400);
        expect(response.status, `${init.method ?? "GET"} ${path}`).toBeLessThan(500);
        await response.body?.cancel();
      }
      await vi.waitFor(() => expect(server.logs.slice(logsBefore).filter((line) => line.msg === "request")).toHaveLength(requests.length));
      expect(consoleError).not.toHaveBeenCalled();
      expect(stderr.mock.calls.map(([text]) => String(text)).filter((text) => /\n\s+at /.test(text))).toEqual([]);
      expect(errorLines(server, logsBefore)).toEqual([]);
    });
  });
});
