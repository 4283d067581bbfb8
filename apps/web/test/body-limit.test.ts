import { createServer, type Server } from "node:http";
import { type AddressInfo, connect } from "node:net";
import express from "express";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { BODY_TOO_LARGE_CODE, type BodyLimit, bodyLimitFor, limitRequestBodies, pagePath } from "../server/body-limit.ts";

const KiB = 1024;
const MiB = 1024 * KiB;

interface Exchange {
  /** Everything the server sent, as text. */
  response: string;
  /** The server ended the connection (rather than the test giving up waiting). */
  closedByServer: boolean;
}

/**
 * Sends raw bytes and reads until the server closes the connection, without sending anything
 * more: a server that waited for the rest of the body would never answer.
 */
function exchange(port: number, ...parts: (string | Buffer)[]): Promise<Exchange> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1");
    const received: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      resolve({ response: Buffer.concat(received).toString("utf8"), closedByServer: false });
    }, 5_000);
    socket.on("data", (chunk: Buffer) => received.push(chunk));
    socket.on("error", (error) => {
      clearTimeout(timer);
      if (received.length > 0) resolve({ response: Buffer.concat(received).toString("utf8"), closedByServer: true });
      else reject(error);
    });
    socket.on("close", () => {
      clearTimeout(timer);
      resolve({ response: Buffer.concat(received).toString("utf8"), closedByServer: true });
    });
    for (const part of parts) socket.write(part);
  });
}

/** One chunk of a chunked body. */
const chunk = (data: Buffer) => Buffer.concat([Buffer.from(`${data.length.toString(16)}\r\n`), data, Buffer.from("\r\n")]);
const LAST_CHUNK = "0\r\n\r\n";

function chunks(total: number, size = 16 * KiB): Buffer[] {
  const out: Buffer[] = [];
  for (let sent = 0; sent < total; sent += size) out.push(chunk(Buffer.alloc(Math.min(size, total - sent), 0x61)));
  return out;
}

const statusOf = (response: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(response)?.[1] ?? 0);

describe("limitRequestBodies", () => {
  let server: Server;
  let port: number;
  const logLines: Record<string, unknown>[] = [];
  /** What each request's handler saw of its body. */
  const seen: { bytes: number; error: unknown }[] = [];

  // Two limits: a small one (held until complete) and a large one (streamed to its reader).
  const limits: Record<string, BodyLimit> = {
    "/small": { bytes: 64 * KiB, kind: "page" },
    "/api/small": { bytes: 64 * KiB, kind: "api" },
    "/large": { bytes: 2 * MiB, kind: "page" },
  };

  beforeAll(async () => {
    const log = pino({ level: "info" }, { write: (line: string) => void logLines.push(JSON.parse(line) as Record<string, unknown>) });
    const app = express();
    app.use((_req, res, next) => {
      res.locals.log = log;
      res.locals.requestId = "req-1";
      next();
    });
    app.use(limitRequestBodies((req) => limits[req.path] ?? null));
    // A reader like a route's: counts what arrives, answers once the body has ended.
    app.post(/.*/, (req, res) => {
      const record = { bytes: 0, error: null as unknown };
      seen.push(record);
      req.on("data", (piece: Buffer) => (record.bytes += piece.length));
      req.on("error", (error) => (record.error = error));
      req.on("end", () => res.status(200).type("text/plain").send(`read ${record.bytes}`));
    });
    server = createServer(app);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const head = (path: string, headers: string) => `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept-Language: en\r\n${headers}\r\n`;

  it("answers a declared length over the limit with 413 at once, unread, and closes the connection", async () => {
    seen.length = 0;
    const started = Date.now();
    const result = await exchange(port, head("/small", `Content-Length: ${300 * MiB}\r\n`), Buffer.alloc(KiB, 0x61));
    expect(statusOf(result.response)).toBe(413);
    expect(result.closedByServer).toBe(true);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(result.response).toMatch(/\r\nconnection: close\r\n/i);
    expect(result.response).toMatch(/\r\ncache-control: no-store\r\n/i);
    expect(result.response).toContain('<html lang="en" dir="ltr">');
    expect(result.response).toContain("This request is too large, so it was not read.");
    expect(seen).toEqual([]);
    expect(logLines.at(-1)).toMatchObject({ msg: "request body too large", level: 30, limitBytes: 64 * KiB, declaredBytes: 300 * MiB });
  });

  it("answers an API in JSON with the message key, in the caller's language", async () => {
    const result = await exchange(
      port,
      `POST /api/small HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept-Language: ur\r\nContent-Length: ${MiB}\r\n\r\n`,
    );
    expect(statusOf(result.response)).toBe(413);
    const body = JSON.parse(result.response.slice(result.response.indexOf("\r\n\r\n") + 4)) as unknown;
    expect(body).toEqual({
      error: {
        code: "PAYLOAD_TOO_LARGE",
        messageKey: "errors:requestTooLarge",
        message: "یہ درخواست بہت بڑی ہے، اس لیے اسے پڑھا نہیں گیا۔ براہِ کرم ایک بار میں کم بھیجیں۔",
      },
    });
  });

  it("cuts a chunked body at the limit: 413 before the body ends, and the handler never starts", async () => {
    seen.length = 0;
    const result = await exchange(port, head("/small", "Transfer-Encoding: chunked\r\n"), ...chunks(64 * KiB + 16 * KiB));
    expect(statusOf(result.response)).toBe(413);
    expect(result.closedByServer).toBe(true);
    expect(seen).toEqual([]);
    const line = logLines.at(-1) as { receivedBytes: number };
    expect(line).toMatchObject({ msg: "request body too large", limitBytes: 64 * KiB });
    expect(line.receivedBytes).toBeGreaterThan(64 * KiB);
    expect(line.receivedBytes).toBeLessThanOrEqual(80 * KiB);
  });

  it("hands a chunked body within the limit on whole", async () => {
    seen.length = 0;
    const result = await exchange(
      port,
      head("/small", "Transfer-Encoding: chunked\r\nConnection: close\r\n"),
      ...chunks(60 * KiB, 7 * KiB),
      LAST_CHUNK,
    );
    expect(statusOf(result.response)).toBe(200);
    expect(result.response).toContain(`read ${60 * KiB}`);
  });

  it("streams a large chunked body to its reader and cuts it at the limit; the reader fails instead of waiting", async () => {
    seen.length = 0;
    const result = await exchange(port, head("/large", "Transfer-Encoding: chunked\r\n"), ...chunks(2 * MiB + 64 * KiB, 64 * KiB));
    expect(statusOf(result.response)).toBe(413);
    expect(result.closedByServer).toBe(true);
    await vi.waitFor(() => expect(seen[0]?.error).toMatchObject({ code: BODY_TOO_LARGE_CODE, status: 413 }));
    expect(seen[0]?.bytes).toBeLessThanOrEqual(2 * MiB);
  });

  it("streams a large chunked body within the limit to its reader", async () => {
    seen.length = 0;
    const result = await exchange(
      port,
      head("/large", "Transfer-Encoding: chunked\r\nConnection: close\r\n"),
      ...chunks(MiB + 5, 64 * KiB),
      LAST_CHUNK,
    );
    expect(statusOf(result.response)).toBe(200);
    expect(result.response).toContain(`read ${MiB + 5}`);
  });

  it("lets a declared length within the limit through untouched", async () => {
    const body = Buffer.alloc(64 * KiB, 0x62);
    const result = await exchange(port, head("/small", `Content-Length: ${body.length}\r\nConnection: close\r\n`), body);
    expect(statusOf(result.response)).toBe(200);
    expect(result.response).toContain(`read ${64 * KiB}`);
  });
});

describe("bodyLimitFor", () => {
  const limitOf = (path: string, contentType = "application/x-www-form-urlencoded") =>
    bodyLimitFor({ path, headers: { "content-type": contentType } } as unknown as Parameters<typeof bodyLimitFor>[0]);

  it("reads a page's `.data` request as the page", () => {
    expect(pagePath("/orders/abc.data")).toBe("/orders/abc");
    expect(pagePath("/orders/abc/_.data")).toBe("/orders/abc");
    expect(pagePath("/_root.data")).toBe("/");
    expect(pagePath("/_.data")).toBe("/");
    expect(pagePath("/wallet/")).toBe("/wallet");
  });

  it("gives each endpoint a limit that fits it", () => {
    expect(limitOf("/api/trpc/auth.logIn", "application/json")).toEqual({ bytes: MiB, kind: "trpc" });
    expect(limitOf("/api/payments/callback/gateway", "application/json")).toEqual({ bytes: 32 * KiB, kind: "api" });
    expect(limitOf("/api/chat/attachments", "multipart/form-data; boundary=x")).toBeNull();
    expect(limitOf("/login")).toEqual({ bytes: 16 * KiB, kind: "page" });
    expect(limitOf("/login.data")).toEqual({ bytes: 16 * KiB, kind: "page" });
    expect(limitOf("/wallet")).toEqual({ bytes: 128 * KiB, kind: "page" });
    expect(limitOf("/no/such/page")).toEqual({ bytes: 128 * KiB, kind: "page" });
    // Upload forms only when multipart; the same page urlencoded keeps the form limit.
    expect(limitOf("/orders/abc", "multipart/form-data; boundary=x")).toEqual({ bytes: 61 * MiB, kind: "page" });
    expect(limitOf("/orders/abc.data", "multipart/form-data; boundary=x")).toEqual({ bytes: 61 * MiB, kind: "page" });
    expect(limitOf("/orders/abc")).toEqual({ bytes: 128 * KiB, kind: "page" });
    expect(limitOf("/inbox/abc", "multipart/form-data; boundary=x")).toEqual({ bytes: 51 * MiB, kind: "page" });
    expect(limitOf("/checkout/abc", "multipart/form-data; boundary=x")).toEqual({ bytes: 31 * MiB, kind: "page" });
    expect(limitOf("/gigs/new", "multipart/form-data; boundary=x")).toEqual({ bytes: 26 * MiB, kind: "page" });
    expect(limitOf("/gigs/abc/edit", "multipart/form-data; boundary=x")).toEqual({ bytes: 26 * MiB, kind: "page" });
    expect(limitOf("/gigs/some-gig", "multipart/form-data; boundary=x")).toEqual({ bytes: 128 * KiB, kind: "page" });
  });
});
