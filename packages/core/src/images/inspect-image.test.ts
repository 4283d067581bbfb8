import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { AppError, type MessageParams } from "../app-error.ts";
import { encodeWebp } from "./encode-webp.ts";
import type { ImageBounds, ImageRefusal } from "./image-bounds.ts";
import { inspectImage } from "./inspect-image.ts";
import { animatedGif, animatedWebp, frameBombGif } from "./testing/sample-images.ts";

const HANG_GUARD = { timeout: 10_000 };
const refuse = (reason: ImageRefusal, params?: MessageParams) => new AppError("BAD_INPUT", `profiles:errors.photo.${reason}`, { params });
const ANIMATIONS: ImageBounds = {
  maxPixels: 40_000_000,
  maxSide: 10_000,
  maxFrames: 100,
  maxAnimationPixels: 16_000_000,
  keepAnimation: true,
};
const STILLS: ImageBounds = { ...ANIMATIONS, maxAnimationPixels: 40_000_000, keepAnimation: false };
const teal = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: "teal" } });

describe("inspectImage", () => {
  it("reads a still's size and frames from its header", async () => {
    const png = await teal(300, 200).png().toBuffer();
    await expect(inspectImage(png, "png", ANIMATIONS, refuse)).resolves.toMatchObject({
      width: 300,
      height: 200,
      frames: 1,
      decodedFrames: 1,
    });
  });

  it("refuses frame bombs from their headers in the feature's words", HANG_GUARD, async () => {
    const refused = { messageKey: "profiles:errors.photo.animationTooLarge", params: { maxFrames: 100, maxMegapixels: 16 } };
    await expect(inspectImage(frameBombGif(100), "gif", ANIMATIONS, refuse)).resolves.toMatchObject({ frames: 100, decodedFrames: 100 });
    await expect(inspectImage(frameBombGif(101), "gif", ANIMATIONS, refuse)).rejects.toMatchObject(refused);
    await expect(inspectImage(frameBombGif(100_000), "gif", ANIMATIONS, refuse)).rejects.toMatchObject(refused);
    await expect(inspectImage(await animatedWebp(100_000), "webp", ANIMATIONS, refuse)).rejects.toMatchObject(refused);
    // Few frames, but too many pixels across them (20 x 1000 x 1000).
    await expect(inspectImage(frameBombGif(20, { width: 1000, height: 1000 }), "gif", ANIMATIONS, refuse)).rejects.toMatchObject(refused);
  });

  it("bounds the whole file when only the first frame is decoded", async () => {
    await expect(inspectImage(await animatedWebp(12, 300), "webp", STILLS, refuse)).resolves.toMatchObject({
      width: 300,
      height: 300,
      frames: 12,
      decodedFrames: 1,
    });
    await expect(inspectImage(await animatedWebp(20, 1500), "webp", STILLS, refuse)).rejects.toMatchObject({
      messageKey: "profiles:errors.photo.animationTooLarge",
      params: { maxFrames: 100, maxMegapixels: 40 },
    });
  });

  it("refuses too many pixels, too long a side, another format than sniffed, and no image at all", async () => {
    const strip = await teal(12_000, 200).png().toBuffer();
    await expect(inspectImage(strip, "png", STILLS, refuse)).rejects.toMatchObject({
      messageKey: "profiles:errors.photo.tooWide",
      params: { max: 10_000 },
    });
    const small = { ...STILLS, maxPixels: 50_000 };
    await expect(inspectImage(await teal(300, 200).png().toBuffer(), "png", small, refuse)).rejects.toMatchObject({
      messageKey: "profiles:errors.photo.tooManyPixels",
      params: { maxMegapixels: 0.05 },
    });
    const webp = await teal(300, 200).webp().toBuffer();
    await expect(inspectImage(webp, "png", STILLS, refuse)).rejects.toMatchObject({ messageKey: "profiles:errors.photo.unsupportedType" });
    await expect(inspectImage(Buffer.from("not an image"), "png", STILLS, refuse)).rejects.toMatchObject({
      messageKey: "profiles:errors.photo.unreadable",
    });
  });
});

describe("encodeWebp", () => {
  const encoding = {
    resize: { width: 400, height: 400, fit: "inside", withoutEnlargement: true },
    quality: 80,
    timeoutSeconds: 5,
  } as const;

  it("keeps an animation animated when the bounds do, and only its first frame otherwise", async () => {
    const gif = await animatedGif(8, 64);
    const animated = await encodeWebp(await inspectImage(gif, "gif", ANIMATIONS, refuse), encoding, refuse);
    expect([animated.width, animated.height, animated.frames]).toEqual([64, 64, 8]);
    expect((await sharp(animated.bytes, { animated: true }).metadata()).pages).toBe(8);
    const first = await encodeWebp(await inspectImage(gif, "gif", STILLS, refuse), encoding, refuse);
    expect([first.width, first.height, first.frames]).toEqual([64, 64, 1]);
  });

  it("scales into the box, drops EXIF, and refuses a result over the byte limit: an animation as too large, a still as too complex", async () => {
    const jpeg = await teal(800, 600)
      .jpeg()
      .withExif({ IFD0: { Artist: "secret-camera-owner" } })
      .toBuffer();
    const photo = await encodeWebp(await inspectImage(jpeg, "jpeg", STILLS, refuse), encoding, refuse);
    expect([photo.width, photo.height]).toEqual([400, 300]);
    expect((await sharp(photo.bytes).metadata()).exif).toBeUndefined();
    await expect(encodeWebp(await inspectImage(jpeg, "jpeg", STILLS, refuse), { ...encoding, maxBytes: 10 }, refuse)).rejects.toMatchObject(
      {
        messageKey: "profiles:errors.photo.tooComplex",
      },
    );
    const gif = frameBombGif(40, { width: 64, height: 64 });
    await expect(
      encodeWebp(await inspectImage(gif, "gif", ANIMATIONS, refuse), { ...encoding, maxBytes: 100 }, refuse),
    ).rejects.toMatchObject({
      messageKey: "profiles:errors.photo.animationTooLarge",
      params: { maxFrames: 100, maxMegapixels: 16 },
    });
  });

  it("refuses pixel data that does not decode", async () => {
    const jpeg = await teal(1600, 1200).jpeg().toBuffer();
    const cut = jpeg.subarray(0, Math.floor(jpeg.length / 2));
    await expect(encodeWebp(await inspectImage(cut, "jpeg", STILLS, refuse), encoding, refuse)).rejects.toMatchObject({
      messageKey: "profiles:errors.photo.unreadable",
    });
  });
});
