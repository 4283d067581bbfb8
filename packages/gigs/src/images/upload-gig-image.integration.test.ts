import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buffer } from "node:stream/consumers";
import { isAppError } from "@hunar/core/app-error";
import { testDbKinds } from "@hunar/db/testing";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { variantStorageKey } from "./gig-image-urls.ts";
import { MAX_PENDING_UPLOADS } from "./limits.ts";
import { LocalDiskUploadStorage } from "@hunar/core/upload-storage";
import { createFreelancer } from "./testing/fixtures.ts";
import { oversizedJpegLike, pixelFloodPng, sampleJpeg, samplePdf, samplePng } from "./testing/sample-images.ts";
import { uploadGigImage } from "./upload-gig-image.ts";

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).map((entry) => entry.name);
}

describe.each(testDbKinds())("uploadGigImage on %s", (kind) => {
  const t = useTestDb(kind);
  let dir: string;
  let storage: LocalDiskUploadStorage;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "hunar-uploads-"));
    storage = new LocalDiskUploadStorage(dir, "gig-images");
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("stores a real PNG as two WebP files under a random key and records it as pending", async () => {
    const uploaderId = await createFreelancer(t.db);
    const image = await uploadGigImage(t.db, storage, { uploaderId, bytes: await samplePng(1600, 900) });

    expect(image).toMatchObject({ width: 1200, height: 675, variantWidths: [400, 1200] });
    expect(image.storageKey).toMatch(/^[0-9a-f]{32}$/);
    expect(image.thumbnailUrl).toBe(`/media/gigs/${image.storageKey}-400.webp`);
    const row = await t.db.gigImage.findUniqueOrThrow({ where: { id: image.id } });
    expect(row).toMatchObject({ uploaderId, gigId: null, revisionId: null, mimeType: "image/webp" });

    for (const [width, expectedWidth] of [
      [400, 400],
      [1200, 1200],
    ] as const) {
      const stored = await storage.get(variantStorageKey(image.storageKey, width));
      if (!stored) throw new Error(`variant ${width} missing`);
      const bytes = await buffer(stored.body);
      const metadata = await sharp(bytes).metadata();
      expect([metadata.format, metadata.width]).toEqual(["webp", expectedWidth]);
      if (width === 1200) expect(row.byteSize).toBe(bytes.length);
    }
  });

  it("accepts a JPEG too, each upload under its own key", async () => {
    const uploaderId = await createFreelancer(t.db);
    const jpeg = await sampleJpeg();
    const first = await uploadGigImage(t.db, storage, { uploaderId, bytes: jpeg });
    const second = await uploadGigImage(t.db, storage, { uploaderId, bytes: jpeg });
    expect(first.storageKey).not.toBe(second.storageKey);
  });

  it.each([
    ["a PDF renamed .jpg", samplePdf, "images:errors.unsupportedType"],
    ["a 6 MB file", () => oversizedJpegLike(6 * 1024 * 1024), "images:errors.tooLarge"],
    ["a pixel-flood PNG", () => pixelFloodPng(), "images:errors.tooManyPixels"],
  ])("refuses %s on the form field and stores nothing", async (_name, make, key) => {
    const uploaderId = await createFreelancer(t.db);
    const filesBefore = await filesUnder(dir);
    const error = await uploadGigImage(t.db, storage, { uploaderId, bytes: make(), field: "images" }).catch((caught: unknown) => caught);
    if (!isAppError(error)) throw new Error(`expected an AppError, got ${String(error)}`);
    expect(error.code).toBe("BAD_INPUT");
    expect(error.fields?.images?.key).toBe(key);
    expect(await t.db.gigImage.count({ where: { uploaderId } })).toBe(0);
    expect(await filesUnder(dir)).toEqual(filesBefore);
  });

  it("removes the files again when the row cannot be written", async () => {
    const filesBefore = await filesUnder(dir);
    // No such user: the foreign key refuses the row after the files were stored.
    await expect(uploadGigImage(t.db, storage, { uploaderId: "no-such-user", bytes: await samplePng(200, 200) })).rejects.toThrow();
    expect(await filesUnder(dir)).toEqual(filesBefore);
  });

  it(`stops at ${MAX_PENDING_UPLOADS} images on no gig within a day`, async () => {
    const uploaderId = await createFreelancer(t.db);
    const png = await samplePng(200, 200);
    const now = new Date("2026-03-01T10:00:00Z");
    await t.db.gigImage.createMany({
      data: Array.from({ length: MAX_PENDING_UPLOADS }, (_, i) => ({
        uploaderId,
        storageKey: `pending${String(i).padStart(25, "0")}${kind.slice(0, 2)}`,
        mimeType: "image/webp",
        width: 200,
        height: 200,
        byteSize: 1,
        variantWidths: [400, 1200],
        createdAt: new Date(now.getTime() - 60_000),
      })),
    });
    const error = await uploadGigImage(t.db, storage, { uploaderId, bytes: png, now }).catch((caught: unknown) => caught);
    expect(isAppError(error) && error.fields?.image).toEqual({
      key: "images:errors.tooManyPending",
      params: { max: MAX_PENDING_UPLOADS },
    });
    // A day later those have become orphans for the cleanup and no longer count.
    const tomorrow = new Date(now.getTime() + 24 * 60 * 60 * 1000);
    await expect(uploadGigImage(t.db, storage, { uploaderId, bytes: png, now: tomorrow })).resolves.toMatchObject({
      width: 200,
    });
  });
});
