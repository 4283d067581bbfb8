import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { imageSlots, MAX_IMAGES_IN_PROCESSING } from "@hunar/core/images/image-slots";
import { animatedWebp, frameBombGif } from "@hunar/core/images/testing/sample-images";
import { LocalDiskUploadStorage } from "@hunar/core/upload-storage";
import { testDbKinds } from "@hunar/db/testing";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFreelancer } from "./testing/fixtures.ts";
import { samplePng } from "./testing/sample-images.ts";
import { uploadGigImage } from "./upload-gig-image.ts";

// If the bounds failed, a frame bomb would take minutes: the test fails on this instead of hanging.
const HANG_GUARD = { timeout: 10_000 };

async function sharpIsProcessing(): Promise<void> {
  while (sharp.counters().process === 0) await sleep(2);
}

async function sharpIsIdle(): Promise<void> {
  while (sharp.counters().process > 0) await sleep(5);
}

describe.each(testDbKinds())("bounds on gig image work on %s", (kind) => {
  const t = useTestDb(kind);
  let dir: string;
  let storage: LocalDiskUploadStorage;
  /** Files and rows now, to show a refusal stored nothing. */
  const stored = async () => ({
    files: (await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => [])).filter((entry) => entry.isFile()).length,
    rows: await t.db.gigImage.count(),
  });

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "hunar-gig-image-bounds-"));
    storage = new LocalDiskUploadStorage(dir, "gig-images");
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it(
    "refuses frame bombs, a GIF of 100,000 frames by its type and an animated WebP of 100,000 by its header, storing nothing",
    HANG_GUARD,
    async () => {
      const uploaderId = await createFreelancer(t.db);
      const before = await stored();
      await expect(uploadGigImage(t.db, storage, { uploaderId, bytes: frameBombGif(100_000), field: "images" })).rejects.toMatchObject({
        code: "BAD_INPUT",
        fields: { images: { key: "images:errors.unsupportedType" } },
      });
      const webp = await animatedWebp(100_000);
      expect(webp.byteLength).toBeLessThan(5 * 1024 * 1024);
      await expect(uploadGigImage(t.db, storage, { uploaderId, bytes: webp, field: "images" })).rejects.toMatchObject({
        code: "BAD_INPUT",
        fields: { images: { key: "gigs:errors.images.animationTooLarge", params: { maxFrames: 100, maxMegapixels: 40 } } },
      });
      expect(await stored()).toEqual(before);
      expect(imageSlots.inUse(uploaderId)).toBe(0);
    },
  );

  it("stores a short animated WebP as its first frame", async () => {
    const uploaderId = await createFreelancer(t.db);
    const image = await uploadGigImage(t.db, storage, { uploaderId, bytes: await animatedWebp(12, 300) });
    expect(image).toMatchObject({ width: 300, height: 300, variantWidths: [400, 1200] });
  });

  it("refuses a third image of one person while two are in processing, and only theirs", async () => {
    const ayesha = await createFreelancer(t.db);
    const bilal = await createFreelancer(t.db);
    const png = await samplePng(400, 300);
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = () => resolve();
    });
    const held = Array.from({ length: MAX_IMAGES_IN_PROCESSING }, () =>
      imageSlots.run(
        ayesha,
        () => gate,
        () => new Error("a slot should be free"),
      ),
    );
    try {
      const before = await stored();
      await expect(uploadGigImage(t.db, storage, { uploaderId: ayesha, bytes: png, field: "images" })).rejects.toMatchObject({
        code: "BAD_INPUT",
        fields: { images: { key: "gigs:errors.images.busy" } },
      });
      expect(await stored()).toEqual(before);
      await expect(uploadGigImage(t.db, storage, { uploaderId: bilal, bytes: png })).resolves.toMatchObject({ width: 400 });
    } finally {
      release();
      await Promise.all(held);
    }
    await expect(uploadGigImage(t.db, storage, { uploaderId: ayesha, bytes: png })).resolves.toMatchObject({ width: 400 });
  });

  it("stores nothing for a signal that aborts before or while the image is encoded, and frees the slot", async () => {
    const uploaderId = await createFreelancer(t.db);
    const photo = await sharp({
      create: { width: 2400, height: 1800, channels: 3, background: "white", noise: { type: "gaussian", mean: 128, sigma: 60 } },
    })
      .jpeg({ quality: 70 })
      .toBuffer();
    const before = await stored();
    await expect(uploadGigImage(t.db, storage, { uploaderId, bytes: photo, signal: AbortSignal.abort() })).rejects.toMatchObject({
      name: "AbortError",
    });

    const controller = new AbortController();
    const outcome = uploadGigImage(t.db, storage, { uploaderId, bytes: photo, signal: controller.signal }).then(
      () => "stored",
      (error: unknown) => error,
    );
    await sharpIsProcessing();
    controller.abort();
    expect(await outcome).toMatchObject({ name: "AbortError" });
    await sharpIsIdle();
    expect(await stored()).toEqual(before);
    expect(imageSlots.inUse(uploaderId)).toBe(0);
  });
});
