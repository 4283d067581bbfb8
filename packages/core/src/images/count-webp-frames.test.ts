import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { countWebpFrames } from "./count-webp-frames.ts";
import { animatedGif, animatedWebp } from "./testing/sample-images.ts";

describe("countWebpFrames", () => {
  it("counts the frames of an animation sharp wrote, and none in a still", async () => {
    const animation = await sharp(await animatedGif(12, 32), { animated: true })
      .webp()
      .toBuffer();
    expect(countWebpFrames(animation)).toBe(12);
    // Noise, so that no two frames are alike (libwebp merges frames that are).
    const written = await sharp({
      create: {
        width: 32,
        height: 32 * 6,
        channels: 3,
        background: "teal",
        noise: { type: "gaussian", mean: 128, sigma: 40 },
        pageHeight: 32,
      },
    })
      .webp()
      .toBuffer();
    expect(countWebpFrames(written)).toBe(6);
    const still = await sharp({ create: { width: 40, height: 30, channels: 3, background: "teal" } })
      .webp()
      .toBuffer();
    expect(countWebpFrames(still)).toBe(0);
  });

  it("counts a frame bomb in one pass, stopping where asked", async () => {
    const bomb = await animatedWebp(100_000);
    expect(countWebpFrames(bomb)).toBe(100_000);
    expect(countWebpFrames(bomb, 101)).toBe(101);
  });

  it("ends on a cut-off or lying chunk size instead of reading past the file", async () => {
    const bomb = await animatedWebp(10);
    expect(countWebpFrames(bomb.subarray(0, bomb.length - 30))).toBe(10);
    const lying = Buffer.from(bomb);
    lying.writeUInt32LE(0xffffffff, 12 + 4);
    expect(countWebpFrames(lying)).toBe(0);
    expect(countWebpFrames(new Uint8Array(3))).toBe(0);
  });
});
