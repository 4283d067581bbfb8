import { mkdtemp, rm, utimes } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { minimalPdf } from "@hunar/chat/attachments/testing/sample-files";
import { uploadAttachment } from "@hunar/chat/attachments/upload-attachment";
import { newUploadKey, UPLOAD_AREA_FOLDERS, uploadKey } from "@hunar/core/upload-keys";
import { LocalDiskUploadStorage } from "@hunar/core/upload-storage";
import { variantStorageKey } from "@hunar/gigs/images/gig-image-urls";
import { samplePng } from "@hunar/gigs/images/testing/sample-images";
import { uploadGigImage } from "@hunar/gigs/images/upload-gig-image";
import { createTestDb, type TestDb } from "@hunar/db/testing";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { deleteStrayFiles, scheduleUploadCleanup, UPLOAD_CLEANUPS } from "../server/upload-cleanup.ts";

const TWO_DAYS_MS = 2 * 24 * 60 * 60 * 1000;

describe("scheduled upload cleanup", () => {
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

  /** Starts the area's job on fake timers, checks `before` just ahead of its first run, returns its log line. */
  async function firstRun(storage: LocalDiskUploadStorage, firstRunMs: number, message: string, before: () => Promise<void>) {
    const logs: Record<string, unknown>[] = [];
    const log = pino({ level: "info" }, { write: (line: string) => void logs.push(JSON.parse(line) as Record<string, unknown>) });
    vi.useFakeTimers({ toFake: ["setTimeout", "setInterval", "clearTimeout", "clearInterval"] });
    const cleanup = scheduleUploadCleanup({ db: testDb.db, storage, log });
    try {
      await vi.advanceTimersByTimeAsync(firstRunMs - 1_000);
      await before();
      await vi.advanceTimersByTimeAsync(1_000);
      vi.useRealTimers();
      await vi.waitFor(() => expect(logs.find((line) => line.msg === message)).toBeDefined());
      return logs.find((line) => line.msg === message);
    } finally {
      await cleanup.stop();
      vi.useRealTimers();
    }
  }

  it("deletes a gig image upload abandoned for over a day a minute after startup, and logs it", async () => {
    const storage = new LocalDiskUploadStorage(dir, "gig-images");
    const user = await testDb.db.user.create({
      data: { email: "cleanup@example.com", passwordHash: "unused", displayName: "Sana Iqbal" },
    });
    const image = await uploadGigImage(testDb.db, storage, {
      uploaderId: user.id,
      bytes: await samplePng(200, 200),
      now: new Date(Date.now() - TWO_DAYS_MS),
    });

    const logged = await firstRun(storage, 60_000, "orphaned gig images deleted", async () => {
      expect(await testDb.db.gigImage.count({ where: { id: image.id } })).toBe(1);
    });
    expect(logged).toMatchObject({ deleted: 1 });
    expect(await testDb.db.gigImage.count({ where: { id: image.id } })).toBe(0);
    expect(await storage.get(variantStorageKey(image.storageKey, 400))).toBeNull();
  });

  it("deletes a chat upload never sent within a day 90 s after startup, and logs it", async () => {
    const storage = new LocalDiskUploadStorage(dir, "chat");
    const user = await testDb.db.user.create({
      data: { email: "cleanup-chat@example.com", passwordHash: "unused", displayName: "Bilal Ahmed" },
    });
    const attachment = await uploadAttachment(
      testDb.db,
      storage,
      { userId: user.id },
      { fileName: "brief.pdf", bytes: minimalPdf(), now: new Date(Date.now() - TWO_DAYS_MS) },
    );
    const row = await testDb.db.attachment.findUniqueOrThrow({ where: { id: attachment.id }, select: { storageKey: true } });

    const logged = await firstRun(storage, 90_000, "orphaned chat attachments deleted", async () => {
      expect(await testDb.db.attachment.count({ where: { id: attachment.id } })).toBe(1);
    });
    expect(logged).toMatchObject({ deleted: 1 });
    expect(await testDb.db.attachment.count({ where: { id: attachment.id } })).toBe(0);
    expect(await storage.get(row.storageKey)).toBeNull();
  });

  it("deletes files over a day old that no row names, and keeps every file a row names", async () => {
    const twoDaysAgo = new Date(Date.now() - TWO_DAYS_MS);
    const age = (key: string) => utimes(join(dir, key), twoDaysAgo, twoDaysAgo);
    const images = new LocalDiskUploadStorage(dir, "gig-images");
    const owner = await testDb.db.user.create({ data: { email: "stray@example.com", passwordHash: "unused", displayName: "Hina Ali" } });
    const kept = await uploadGigImage(testDb.db, images, { uploaderId: owner.id, bytes: await samplePng(200, 200) });
    const keptKey = variantStorageKey(kept.storageKey, 400);
    const strayKey = variantStorageKey("ab".repeat(16), 400);
    const unknownKey = uploadKey("gig-images", "abnotavariant");
    const freshStrayKey = variantStorageKey("cd".repeat(16), 400);
    for (const key of [strayKey, unknownKey, freshStrayKey]) await images.put(key, Buffer.from("x"));
    for (const key of [keptKey, strayKey, unknownKey]) await age(key);
    expect(await deleteStrayFiles(testDb.db, images, UPLOAD_CLEANUPS["gig-images"])).toEqual([strayKey]);
    expect(await images.get(strayKey)).toBeNull();
    for (const key of [keptKey, unknownKey, freshStrayKey]) expect(await images.get(key), key).not.toBeNull();

    const chat = new LocalDiskUploadStorage(dir, "chat");
    const sent = await uploadAttachment(testDb.db, chat, { userId: owner.id }, { fileName: "brief.pdf", bytes: minimalPdf() });
    const sentKey = (await testDb.db.attachment.findUniqueOrThrow({ where: { id: sent.id }, select: { storageKey: true } })).storageKey;
    const strayChatKey = newUploadKey("chat");
    await chat.put(strayChatKey, Buffer.from("x"));
    for (const key of [sentKey, strayChatKey]) await age(key);
    expect(await deleteStrayFiles(testDb.db, chat, UPLOAD_CLEANUPS.chat)).toEqual([strayChatKey]);
    expect(await chat.get(sentKey)).not.toBeNull();
  });

  it("has a cleanup for every upload area", () => {
    expect(Object.keys(UPLOAD_CLEANUPS).sort()).toEqual(Object.keys(UPLOAD_AREA_FOLDERS).sort());
  });
});
