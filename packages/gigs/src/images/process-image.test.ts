import { isAppError } from "@hunar/core/app-error";
import { animatedWebp, frameBombGif } from "@hunar/core/images/testing/sample-images";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { MAX_IMAGE_BYTES } from "./limits.ts";
import { processImage } from "./process-image.ts";
import { oversizedJpegLike, pixelFloodPng, sampleJpeg, samplePdf, samplePng, sampleWebp } from "./testing/sample-images.ts";

/** The field error a refused image carries, e.g. { key: "images:errors.tooLarge", params }. */
async function refusal(bytes: Uint8Array, field = "image") {
  const error: unknown = await processImage(bytes, { field }).then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!isAppError(error)) throw new Error(`expected an AppError, got ${String(error)}`);
  expect(error.code).toBe("BAD_INPUT");
  return error.fields?.[field];
}

describe("processImage accepts", () => {
  it("a real PNG and re-encodes it to WebP at 400 and 1200 px wide", async () => {
    const result = await processImage(await samplePng(2400, 1600));
    expect(result.sourceFormat).toBe("png");
    expect(result.variants.map((v) => [v.width, v.actualWidth, v.actualHeight])).toEqual([
      [400, 400, 267],
      [1200, 1200, 800],
    ]);
    expect([result.width, result.height]).toEqual([1200, 800]);
    for (const variant of result.variants) {
      const metadata = await sharp(variant.bytes).metadata();
      expect(metadata.format).toBe("webp");
      expect(metadata.width).toBe(variant.actualWidth);
    }
  });

  it("JPEG and WebP too", async () => {
    expect((await processImage(await sampleJpeg())).sourceFormat).toBe("jpeg");
    expect((await processImage(await sampleWebp())).sourceFormat).toBe("webp");
  });

  it("never upscales a small image", async () => {
    const result = await processImage(await samplePng(300, 200));
    expect(result.variants.map((v) => [v.width, v.actualWidth, v.actualHeight])).toEqual([
      [400, 300, 200],
      [1200, 300, 200],
    ]);
  });

  it("turns a photo upright by its EXIF orientation and drops the EXIF data", async () => {
    // Orientation 6: the camera was held sideways; the stored pixels are 800x600 landscape.
    const photo = await sampleJpeg(800, 600, { orientation: 6, artist: "secret-camera-owner" });
    expect((await sharp(photo).metadata()).exif).toBeDefined();
    const result = await processImage(photo);
    expect([result.width, result.height]).toEqual([600, 800]);
    for (const variant of result.variants) {
      const metadata = await sharp(variant.bytes).metadata();
      expect(metadata.exif).toBeUndefined();
      expect(metadata.orientation).toBeUndefined();
      expect(variant.bytes.includes("secret-camera-owner")).toBe(false);
    }
  });
});

describe("processImage refuses", () => {
  it("a PDF renamed .jpg: the content decides, not the name", async () => {
    expect(await refusal(samplePdf(), "images")).toEqual({ key: "images:errors.unsupportedType" });
  });

  it("a file over 5 MB before decoding it", async () => {
    expect(await refusal(oversizedJpegLike(6 * 1024 * 1024))).toEqual({
      key: "images:errors.tooLarge",
      params: { maxMb: 5 },
    });
    // One byte over is over; the limit itself is allowed through to the decoder.
    expect((await refusal(oversizedJpegLike(MAX_IMAGE_BYTES + 1)))?.key).toBe("images:errors.tooLarge");
    expect((await refusal(oversizedJpegLike(MAX_IMAGE_BYTES)))?.key).toBe("images:errors.unreadable");
  });

  it("a pixel flood: a few hundred bytes claiming 100,000 x 100,000 pixels", async () => {
    const flood = pixelFloodPng();
    expect(flood.length).toBeLessThan(2000);
    expect(await refusal(flood)).toEqual({ key: "images:errors.tooManyPixels", params: { maxMegapixels: 40 } });
  });

  it("a real image over 40 megapixels, however well it compresses", async () => {
    const png = await samplePng(7000, 6000);
    expect(png.length).toBeLessThan(MAX_IMAGE_BYTES);
    expect((await refusal(png))?.key).toBe("images:errors.tooManyPixels");
  });

  it("absurd sides: too long a strip, too small to show", async () => {
    expect(await refusal(await samplePng(12_000, 200))).toEqual({ key: "images:errors.tooWide", params: { max: 10_000 } });
    expect(await refusal(await samplePng(50, 50))).toEqual({ key: "images:errors.tooSmall", params: { min: 100 } });
  });

  it("an empty file, and a truncated or fake JPEG", async () => {
    expect(await refusal(new Uint8Array())).toEqual({ key: "images:errors.empty" });
    const jpeg = await sampleJpeg(1600, 1200);
    expect((await refusal(jpeg.subarray(0, Math.floor(jpeg.length / 2))))?.key).toBe("images:errors.unreadable");
    expect((await refusal(oversizedJpegLike(4096)))?.key).toBe("images:errors.unreadable");
  });

  it("an animated WebP of more than 100 frames, counted from its header, and any GIF by its type", { timeout: 10_000 }, async () => {
    const refused = { key: "gigs:errors.images.animationTooLarge", params: { maxFrames: 100, maxMegapixels: 40 } };
    expect((await processImage(await animatedWebp(100))).variants).toHaveLength(2);
    expect(await refusal(await animatedWebp(101))).toEqual(refused);
    expect(await refusal(await animatedWebp(100_000))).toEqual(refused);
    // 20 frames of 1500 x 1500 px: 45 megapixels in all.
    expect(await refusal(await animatedWebp(20, 1500))).toEqual(refused);
    expect(await refusal(frameBombGif(100_000))).toEqual({ key: "images:errors.unsupportedType" });
  });

  it("a file whose first bytes say one format and whose body is another", async () => {
    const webp = await sampleWebp();
    const disguised = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), webp]);
    expect((await refusal(disguised))?.key).toMatch(/^images:errors\.(unsupportedType|unreadable)$/);
  });
});
