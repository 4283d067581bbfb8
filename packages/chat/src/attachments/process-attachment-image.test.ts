import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { processAttachmentImage } from "./process-attachment-image.ts";
import { animatedGif, animatedWebp, frameBombGif } from "@hunar/core/images/testing/sample-images";

const HANG_GUARD = { timeout: 10_000 };

describe("processAttachmentImage", () => {
  it("keeps every frame of a small animation and says how many", async () => {
    const image = await processAttachmentImage(await animatedGif(40, 64), "gif");
    expect([image.width, image.height, image.frames]).toEqual([64, 64, 40]);
    const metadata = await sharp(image.bytes, { animated: true }).metadata();
    expect([metadata.format, metadata.pages, metadata.pageHeight]).toEqual(["webp", 40, 64]);
  });

  it("counts frames from the header: 101 are refused, a frame bomb as fast as any", HANG_GUARD, async () => {
    const refused = { messageKey: "chat:errors.attachments.animationTooLarge", params: { maxFrames: 100, maxMegapixels: 16 } };
    await expect(processAttachmentImage(frameBombGif(100), "gif")).resolves.toMatchObject({ frames: 100 });
    await expect(processAttachmentImage(frameBombGif(101), "gif")).rejects.toMatchObject(refused);
    await expect(processAttachmentImage(frameBombGif(100_000), "gif")).rejects.toMatchObject(refused);
    await expect(processAttachmentImage(await animatedWebp(100), "webp")).resolves.toMatchObject({ frames: 100 });
    await expect(processAttachmentImage(await animatedWebp(101), "webp")).rejects.toMatchObject(refused);
    await expect(processAttachmentImage(await animatedWebp(100_000), "webp")).rejects.toMatchObject(refused);
  });

  it("refuses a re-encoded file larger than allowed: an animation as too large, a still as too complex", async () => {
    await expect(processAttachmentImage(frameBombGif(40, { width: 64, height: 64 }), "gif", { maxBytes: 100 })).rejects.toMatchObject({
      messageKey: "chat:errors.attachments.animationTooLarge",
    });
    const png = await sharp({ create: { width: 300, height: 200, channels: 3, background: "teal" } })
      .png()
      .toBuffer();
    await expect(processAttachmentImage(png, "png", { maxBytes: 10 })).rejects.toMatchObject({
      messageKey: "chat:errors.attachments.tooComplex",
    });
    await expect(processAttachmentImage(png, "png", { maxBytes: 100_000 })).resolves.toMatchObject({ width: 300, frames: 1 });
  });

  it("does not start on a signal that has already aborted", async () => {
    const controller = new AbortController();
    controller.abort(new Error("gone"));
    await expect(processAttachmentImage(frameBombGif(2), "gif", { signal: controller.signal })).rejects.toThrow("gone");
  });
});
