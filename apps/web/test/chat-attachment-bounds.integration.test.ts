import { mkdtemp, readdir, rm } from "node:fs/promises";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { createSession } from "@hunar/auth/session";
import { createPerson } from "@hunar/chat/attachments/testing/chat-fixtures";
import { imageSlots } from "@hunar/core/images/image-slots";
import { frameBombGif } from "@hunar/core/images/testing/sample-images";
import { LocalDiskUploadStorage } from "@hunar/core/upload-storage";
import { createTestDb, type TestDb, testDbKinds } from "@hunar/db/testing";
import express from "express";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chatAttachments } from "../server/chat-attachments.ts";

// If the bounds failed, the frame bomb would keep the server busy for minutes: the test fails on
// this instead of hanging.
const HANG_GUARD = { timeout: 10_000 };

interface ErrorBody {
  error: { code: string; messageKey: string; message: string; params?: Record<string, unknown> };
}

function form(bytes: Uint8Array<ArrayBuffer>, fileName: string, type: string): FormData {
  const body = new FormData();
  body.append("file", new Blob([bytes], { type }), fileName);
  return body;
}

describe.each(testDbKinds())("POST /api/chat/attachments with images over the bounds on %s", (kind) => {
  let testDb: TestDb;
  let dir: string;
  let server: Server;
  let origin: string;
  let cookie: string;
  let userId: string;

  const upload = (body: FormData, options: { cookie?: string; signal?: AbortSignal } = {}) =>
    fetch(`${origin}/api/chat/attachments`, {
      method: "POST",
      body,
      headers: { origin, cookie: options.cookie ?? cookie },
      ...(options.signal ? { signal: options.signal } : {}),
    });
  const stored = async () => ({
    files: (await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => [])).filter((entry) => entry.isFile()).length,
    rows: await testDb.db.attachment.count(),
  });

  beforeAll(async () => {
    testDb = await createTestDb(kind);
    dir = await mkdtemp(join(tmpdir(), "hunar-chat-bounds-"));
    const person = await createPerson(testDb.db, "Ayesha Khan");
    userId = person.userId;
    cookie = `hunar_session=${(await createSession(testDb.db, person.userId)).token}`;
    const app = express();
    app.use(chatAttachments({ db: testDb.db, storage: new LocalDiskUploadStorage(dir, "chat"), allowedOrigins: () => [origin] }));
    server = app.listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await testDb.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("answers a frame bomb (a one-pixel GIF of 100,000 frames) with a localised 400, storing nothing", HANG_GUARD, async () => {
    const bomb = frameBombGif(100_000);
    const before = await stored();
    const urdu = await upload(form(bomb, "sticker.gif", "image/gif"));
    expect(urdu.status).toBe(400);
    const urduBody = (await urdu.json()) as ErrorBody;
    expect(urduBody.error).toMatchObject({
      code: "BAD_INPUT",
      messageKey: "chat:errors.attachments.animationTooLarge",
      params: { maxFrames: 100, maxMegapixels: 16 },
    });
    expect(urduBody.error.message).toContain("یہ اینیمیشن بہت بڑی ہے");
    expect(urduBody.error.message).toContain("100");

    const english = await upload(form(bomb, "sticker.gif", "image/gif"), { cookie: `${cookie}; lng=en` });
    expect(english.status).toBe(400);
    expect(((await english.json()) as ErrorBody).error.message).toBe(
      "This animation is too large: it can have at most 100 frames and 16 megapixels across all its frames. Send a shorter or smaller one.",
    );
    expect(await stored()).toEqual(before);
  });

  it("answers busy while two of the person's images are in processing", async () => {
    const png = await sharp({ create: { width: 300, height: 200, channels: 3, background: "teal" } })
      .png()
      .toBuffer();
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = () => resolve();
    });
    const held = [1, 2].map(() =>
      imageSlots.run(
        userId,
        () => gate,
        () => new Error("a slot should be free"),
      ),
    );
    try {
      const response = await upload(form(png, "third.png", "image/png"), { cookie: `${cookie}; lng=en` });
      expect(response.status).toBe(400);
      expect(((await response.json()) as ErrorBody).error).toMatchObject({
        messageKey: "chat:errors.attachments.busy",
        message: "You are uploading too many images at once. Wait for them to finish, then try again.",
      });
    } finally {
      release();
      await Promise.all(held);
    }
    expect((await upload(form(png, "third.png", "image/png"))).status).toBe(201);
  });

  it("stops the work and stores nothing when the browser goes away while the image is decoded", async () => {
    const photo = await sharp({
      create: { width: 2400, height: 1800, channels: 3, background: "white", noise: { type: "gaussian", mean: 128, sigma: 60 } },
    })
      .jpeg({ quality: 70 })
      .toBuffer();
    const before = await stored();
    const browser = new AbortController();
    const sent = upload(form(photo, "photo.jpg", "image/jpeg"), { signal: browser.signal }).catch((error: unknown) => error);
    while (sharp.counters().process === 0) await sleep(2);
    browser.abort();
    expect(await sent).toMatchObject({ name: "AbortError" });
    // The decode already under way runs to its end; after it the upload stops instead of storing.
    while (sharp.counters().process > 0) await sleep(5);
    while (imageSlots.inUse(userId) > 0) await sleep(5);
    await sleep(100);
    expect(await stored()).toEqual(before);
  });
});
