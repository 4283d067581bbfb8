import { mkdtemp, rm } from "node:fs/promises";
import { createTestUser } from "@hunar/db/testing/factories";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { LocalDiskUploadStorage } from "@hunar/core/upload-storage";
import { samplePng } from "@hunar/gigs/images/testing/sample-images";
import { uploadGigImage, type UploadedGigImage } from "@hunar/gigs/images/upload-gig-image";
import { createTestDb, type TestDb } from "@hunar/db/testing";
import express from "express";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gigImages } from "../server/gig-images.ts";
import { loadAppModule, type LoadedApp } from "./support/app-module.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";

async function createUser(testDb: TestDb): Promise<string> {
  return (await createTestUser(testDb.db, "Bilal Ahmed")).userId;
}

function expectNotFound(response: Response): void {
  expect(response.status).toBe(404);
  expect(response.headers.get("content-type")).toMatch(/^text\/plain/);
  expect(response.headers.get("cache-control")).toBe("no-store");
}

// The route in isolation, over a temporary upload folder.
describe("GET /media/gigs/<key>-<width>.webp", () => {
  let dir: string;
  let testDb: TestDb;
  let server: Server;
  let base: string;
  let image: UploadedGigImage;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "hunar-media-"));
    const storage = new LocalDiskUploadStorage(dir, "gig-images");
    testDb = await createTestDb("pglite");
    image = await uploadGigImage(testDb.db, storage, { uploaderId: await createUser(testDb), bytes: await samplePng(1600, 1200) });
    const app = express();
    app.use("/media/gigs", gigImages(storage));
    app.use((_req, res) => void res.status(418).send("fell through"));
    server = app.listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/media/gigs`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await testDb.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("serves each stored width as WebP, nosniff, cached for a year", async () => {
    for (const [width, expected] of [
      [400, 400],
      [1200, 1200],
    ] as const) {
      const response = await fetch(`${base}/${image.storageKey}-${width}.webp`);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("image/webp");
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
      const bytes = Buffer.from(await response.arrayBuffer());
      expect(response.headers.get("content-length")).toBe(String(bytes.length));
      const metadata = await sharp(bytes).metadata();
      expect([metadata.format, metadata.width]).toEqual(["webp", expected]);
    }
  });

  it("answers HEAD with the headers and no body", async () => {
    const response = await fetch(`${base}/${image.storageKey}-400.webp`, { method: "HEAD" });
    expect(response.status).toBe(200);
    expect(Number(response.headers.get("content-length"))).toBeGreaterThan(0);
    expect(await response.text()).toBe("");
  });

  it("is a plain 404 for unknown keys, other widths, other names and the folder itself", async () => {
    const unknown = "0123456789abcdef0123456789abcdef";
    for (const path of [
      `/${unknown}-400.webp`,
      `/${image.storageKey}-800.webp`,
      `/${image.storageKey}-400.png`,
      `/${image.storageKey.toUpperCase()}-400.webp`,
      `/gigs/${image.storageKey.slice(0, 2)}/${image.storageKey}-400.webp`,
      "/..%2F..%2Fetc%2Fpasswd",
      "/",
      "",
    ]) {
      expectNotFound(await fetch(`${base}${path}`));
    }
  });

  it("never hands other methods on to the pages", async () => {
    expectNotFound(await fetch(`${base}/${image.storageKey}-400.webp`, { method: "POST" }));
  });
});

// The same route mounted in the real app: an upload is visible at the URL pages will use.
describe("gig images in the web server", () => {
  let dataDir: string;
  let previousDataDir: string | undefined;
  let loaded: LoadedApp | undefined;
  let testDb: TestDb | undefined;
  let server: TestServer | undefined;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "hunar-data-"));
    // The app module (loaded through Vite) reads DATA_DIR when it is imported.
    previousDataDir = process.env.DATA_DIR;
    process.env.DATA_DIR = dataDir;
    loaded = await loadAppModule();
    testDb = await createTestDb("pglite");
    server = await startTestServer(loaded, testDb.db);
  });
  const started = () => {
    if (!server || !testDb) throw new Error("the test server did not start");
    return { server, testDb };
  };
  afterAll(async () => {
    await server?.close();
    await testDb?.close();
    await loaded?.vite.close();
    if (previousDataDir === undefined) delete process.env.DATA_DIR;
    else process.env.DATA_DIR = previousDataDir;
    await rm(dataDir, { recursive: true, force: true });
  });

  it("serves an uploaded image from DATA_DIR/uploads under the site's security headers", async () => {
    const { server, testDb } = started();
    const storage = new LocalDiskUploadStorage(join(dataDir, "uploads"), "gig-images");
    const image = await uploadGigImage(testDb.db, storage, { uploaderId: await createUser(testDb), bytes: await samplePng(500, 500) });

    const response = await fetch(`${server.origin}${image.thumbnailUrl}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/webp");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(response.headers.get("content-security-policy")).toContain("default-src 'self'");
    expect((await sharp(Buffer.from(await response.arrayBuffer())).metadata()).width).toBe(400);
  });

  it("answers an unknown image with a plain 404, not a page", async () => {
    const { server } = started();
    expectNotFound(await fetch(`${server.origin}/media/gigs/0123456789abcdef0123456789abcdef-400.webp`));
  });
});
