import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { imageSlots, MAX_IMAGES_IN_PROCESSING } from "@hunar/core/images/image-slots";
import { animatedGif, animatedWebp, frameBombGif } from "@hunar/core/images/testing/sample-images";
import { LocalDiskUploadStorage } from "@hunar/core/upload-storage";
import { createTestDb, type TestDb, testDbKinds } from "@hunar/db/testing";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attachmentError } from "./attachment-errors.ts";
import { MAX_ATTACHMENT_BYTES } from "./limits.ts";
import { readAttachment } from "./read-attachment.ts";
import { storeCheckedFile, type UploadRules } from "./store-checked-file.ts";
import { createPerson, type Person } from "./testing/chat-fixtures.ts";
import { minimalPdf } from "./testing/sample-files.ts";
import { uploadAttachment } from "./upload-attachment.ts";

// If the bounds failed, the frame bomb would take minutes: the test fails on this instead of hanging.
const HANG_GUARD = { timeout: 10_000 };

async function bodyOf(stream: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of stream) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/** Resolves once sharp has an image in processing (the decode has started, on a libuv thread). */
async function sharpIsProcessing(): Promise<void> {
  while (sharp.counters().process === 0) await sleep(2);
}

async function sharpIsIdle(): Promise<void> {
  while (sharp.counters().process > 0) await sleep(5);
}

describe.each(testDbKinds())("bounds on image work on %s", (kind) => {
  let testDb: TestDb;
  let dir: string;
  let storage: LocalDiskUploadStorage;
  let ayesha: Person;
  let bilal: Person;
  const db = () => testDb.db;

  /** Files and rows now, to show a refusal stored nothing. */
  const stored = async () => ({
    files: (await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => [])).filter((entry) => entry.isFile()).length,
    rows: await db().attachment.count(),
  });

  beforeAll(async () => {
    testDb = await createTestDb(kind);
    dir = await mkdtemp(join(tmpdir(), "hunar-image-bounds-"));
    storage = new LocalDiskUploadStorage(dir, "chat");
    ayesha = await createPerson(db(), "Ayesha Khan");
    bilal = await createPerson(db(), "Bilal Ahmed");
  });
  afterAll(async () => {
    await testDb.close();
    await rm(dir, { recursive: true, force: true });
  });

  it(
    "refuses frame bombs (a one-pixel GIF of 100,000 frames, 2.3 MB, and such a WebP) from their headers, storing nothing",
    HANG_GUARD,
    async () => {
      const bomb = frameBombGif(100_000);
      expect(bomb.byteLength).toBeLessThan(2.5 * 1024 * 1024);
      expect((await sharp(bomb, { animated: true }).metadata()).pages).toBe(100_000);
      const before = await stored();
      await expect(uploadAttachment(db(), storage, ayesha, { fileName: "sticker.gif", bytes: bomb })).rejects.toMatchObject({
        code: "BAD_INPUT",
        messageKey: "chat:errors.attachments.animationTooLarge",
        params: { maxFrames: 100, maxMegapixels: 16 },
        fields: { file: { key: "chat:errors.attachments.animationTooLarge", params: { maxFrames: 100, maxMegapixels: 16 } } },
      });
      // The same as an animated WebP (5 MB): its frames are counted before libvips reads the header.
      const webp = await animatedWebp(100_000);
      await expect(uploadAttachment(db(), storage, ayesha, { fileName: "sticker.webp", bytes: webp })).rejects.toMatchObject({
        messageKey: "chat:errors.attachments.animationTooLarge",
      });
      expect(await stored()).toEqual(before);
      expect(imageSlots.inUse(ayesha.userId)).toBe(0);
    },
  );

  it("refuses an animation whose frames together pass the pixel budget, however few", async () => {
    // 20 frames on a 1000 x 1000 canvas: 20 megapixels to decode and encode, from 500 bytes.
    const tall = frameBombGif(20, { width: 1000, height: 1000 });
    expect(tall.byteLength).toBeLessThan(1024);
    await expect(uploadAttachment(db(), storage, ayesha, { fileName: "loop.gif", bytes: tall })).rejects.toMatchObject({
      messageKey: "chat:errors.attachments.animationTooLarge",
    });
  });

  it("keeps a sticker-sized animated GIF animated, as WebP", async () => {
    const gif = await animatedGif(24, 96);
    const attachment = await uploadAttachment(db(), storage, ayesha, { fileName: "wave.gif", bytes: gif });
    expect(attachment).toMatchObject({ fileName: "wave.webp", mimeType: "image/webp", width: 96, height: 96 });
    const read = await readAttachment(db(), ayesha.userId, attachment.id, storage);
    const metadata = await sharp(await bodyOf(read.file.body), { animated: true }).metadata();
    expect([metadata.format, metadata.pages, metadata.pageHeight]).toEqual(["webp", 24, 96]);
  });

  it("words the new refusals in chat's words on the field another feature's refusals name", HANG_GUARD, async () => {
    const deliveries = new LocalDiskUploadStorage(dir, "deliveries");
    const rules: UploadRules = {
      maxBytes: MAX_ATTACHMENT_BYTES,
      maxPending: 30,
      refuse: (reason, params) => attachmentError(reason, params, "files"),
    };
    await expect(
      storeCheckedFile(db(), deliveries, ayesha.userId, { fileName: "logo.gif", bytes: frameBombGif(20_000) }, rules),
    ).rejects.toMatchObject({
      messageKey: "chat:errors.attachments.animationTooLarge",
      fields: { files: { key: "chat:errors.attachments.animationTooLarge" } },
    });
    const worded = storeCheckedFile(
      db(),
      deliveries,
      ayesha.userId,
      { fileName: "logo.gif", bytes: frameBombGif(20_000) },
      { ...rules, refuseImageWork: (reason) => attachmentError("unreadableImage", { because: reason }, "files") },
    );
    await expect(worded).rejects.toMatchObject({
      messageKey: "chat:errors.attachments.unreadableImage",
      params: { because: "animationTooLarge" },
    });
  });

  it("refuses a third image of one person while two are in processing, and only theirs, and only images", async () => {
    const png = await sharp({ create: { width: 300, height: 200, channels: 3, background: "teal" } })
      .png()
      .toBuffer();
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = () => resolve();
    });
    const held = Array.from({ length: MAX_IMAGES_IN_PROCESSING }, () =>
      imageSlots.run(
        ayesha.userId,
        () => gate,
        () => new Error("a slot should be free"),
      ),
    );
    try {
      expect(imageSlots.inUse(ayesha.userId)).toBe(2);
      const before = await stored();
      await expect(uploadAttachment(db(), storage, ayesha, { fileName: "third.png", bytes: png })).rejects.toMatchObject({
        code: "BAD_INPUT",
        messageKey: "chat:errors.attachments.busy",
        fields: { file: { key: "chat:errors.attachments.busy" } },
      });
      expect(await stored()).toEqual(before);
      // Documents take no image slot; another person has slots of their own.
      await expect(uploadAttachment(db(), storage, ayesha, { fileName: "brief.pdf", bytes: minimalPdf() })).resolves.toMatchObject({
        mimeType: "application/pdf",
      });
      await expect(uploadAttachment(db(), storage, bilal, { fileName: "his.png", bytes: png })).resolves.toMatchObject({ width: 300 });
    } finally {
      release();
      await Promise.all(held);
    }
    expect(imageSlots.inUse(ayesha.userId)).toBe(0);
    await expect(uploadAttachment(db(), storage, ayesha, { fileName: "third.png", bytes: png })).resolves.toMatchObject({ width: 300 });
  });

  it("stops at once for a signal that has already aborted, and stores nothing", async () => {
    const png = await sharp({ create: { width: 300, height: 200, channels: 3, background: "teal" } })
      .png()
      .toBuffer();
    const before = await stored();
    await expect(
      uploadAttachment(db(), storage, ayesha, { fileName: "late.png", bytes: png, signal: AbortSignal.abort() }),
    ).rejects.toMatchObject({ name: "AbortError" });
    expect(await stored()).toEqual(before);
  });

  it("stores nothing when the signal aborts while the image is being decoded, and frees the slot", async () => {
    const photo = await sharp({
      create: { width: 2400, height: 1800, channels: 3, background: "white", noise: { type: "gaussian", mean: 128, sigma: 60 } },
    })
      .jpeg({ quality: 70 })
      .toBuffer();
    const before = await stored();
    const controller = new AbortController();
    const upload = uploadAttachment(db(), storage, ayesha, { fileName: "photo.jpg", bytes: photo, signal: controller.signal });
    const outcome = upload.then(
      () => "stored",
      (error: unknown) => error,
    );
    await sharpIsProcessing();
    controller.abort();
    expect(await outcome).toMatchObject({ name: "AbortError" });
    await sharpIsIdle();
    expect(await stored()).toEqual(before);
    expect(imageSlots.inUse(ayesha.userId)).toBe(0);
  });
});
