import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import express from "express";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { requestContext } from "../server/request-context.ts";
import { staticAssets } from "../server/static-assets.ts";

// The middleware in isolation over a folder shaped like `react-router build`'s build/client.
describe("static assets", () => {
  let clientDir: string;
  let server: Server;
  let base: string;
  const logs: Record<string, unknown>[] = [];

  beforeAll(async () => {
    clientDir = mkdtempSync(join(tmpdir(), "hunar-static-"));
    mkdirSync(join(clientDir, "assets"));
    writeFileSync(join(clientDir, "assets", "root-B7x2kQ9a.js"), "export {};");
    writeFileSync(join(clientDir, "favicon.ico"), "icon");
    const app = express();
    const log = pino({ level: "debug" }, { write: (line: string) => void logs.push(JSON.parse(line) as Record<string, unknown>) });
    app.use(requestContext(log));
    app.use(staticAssets(clientDir));
    app.use((_req, res) => void res.status(418).send("fell through"));
    server = app.listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(clientDir, { recursive: true, force: true });
  });

  it("lets browsers keep hashed assets for a year without revalidating", async () => {
    const response = await fetch(`${base}/assets/root-B7x2kQ9a.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(await response.text()).toBe("export {};");
  });

  it("logs asset hits under their full path, below info so they do not drown page views", async () => {
    const response = await fetch(`${base}/assets/root-B7x2kQ9a.js`, { headers: { "x-request-id": "asset-log-1" } });
    await response.text();
    await vi.waitFor(() => {
      expect(logs.find((line) => line.requestId === "asset-log-1")).toMatchObject({
        path: "/assets/root-B7x2kQ9a.js",
        status: 200,
        level: 20,
      });
    });
  });

  it("gives unhashed public files a short cache", async () => {
    const response = await fetch(`${base}/favicon.ico`);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("public, max-age=3600");
  });

  it("answers a missing hashed asset with a plain 404 instead of rendering a page", async () => {
    const response = await fetch(`${base}/assets/root-OLDBUILD.js`);
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toContain("text/plain");
  });

  it("passes everything else on to the app, without asking the file system about page paths", async () => {
    const { default: fs } = await import("node:fs");
    const stat = vi.spyOn(fs, "stat");
    try {
      for (const path of ["/gigs", "/search?q=logo", "/favicon.ico/", "/.vite/manifest.json"]) {
        expect((await fetch(`${base}${path}`)).status).toBe(418);
      }
      expect(stat).not.toHaveBeenCalled();
    } finally {
      stat.mockRestore();
    }
  });
});
