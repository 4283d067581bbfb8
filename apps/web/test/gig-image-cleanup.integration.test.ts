import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { variantStorageKey } from "@hunar/gigs/images/gig-image-urls";
import { LocalDiskStorage } from "@hunar/gigs/images/storage";
import { samplePng } from "@hunar/gigs/images/testing/sample-images";
import { uploadGigImage } from "@hunar/gigs/images/upload-gig-image";
import { createTestDb, type TestDb } from "@hunar/db/testing";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { scheduleGigImageCleanup } from "../server/gig-image-cleanup.ts";

describe("scheduled gig image cleanup", () => {
  let dir: string;
  let testDb: TestDb;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "hunar-cleanup-"));
    testDb = await createTestDb("pglite");
  });
  afterAll(async () => {
    vi.useRealTimers();
    await testDb.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("deletes an upload abandoned for over a day a minute after startup, and logs it", async () => {
    const storage = new LocalDiskStorage(dir);
    const user = await testDb.db.user.create({
      data: { email: "cleanup@example.com", passwordHash: "unused", displayName: "Sana Iqbal" },
    });
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000);
    const image = await uploadGigImage(testDb.db, storage, { uploaderId: user.id, bytes: await samplePng(200, 200), now: twoDaysAgo });
    const logs: Record<string, unknown>[] = [];
    const log = pino({ level: "info" }, { write: (line: string) => void logs.push(JSON.parse(line) as Record<string, unknown>) });

    vi.useFakeTimers({ toFake: ["setTimeout", "setInterval", "clearTimeout", "clearInterval"] });
    const cleanup = scheduleGigImageCleanup({ db: testDb.db, storage, log });
    try {
      await vi.advanceTimersByTimeAsync(59_000);
      expect(await testDb.db.gigImage.count({ where: { id: image.id } })).toBe(1);
      await vi.advanceTimersByTimeAsync(1_000);
      vi.useRealTimers();
      await vi.waitFor(() => expect(logs.find((line) => line.msg === "orphaned gig images deleted")).toMatchObject({ deleted: 1 }));
    } finally {
      await cleanup.stop();
      vi.useRealTimers();
    }
    expect(await testDb.db.gigImage.count({ where: { id: image.id } })).toBe(0);
    expect(await storage.get(variantStorageKey(image.storageKey, 400))).toBeNull();
  });
});
