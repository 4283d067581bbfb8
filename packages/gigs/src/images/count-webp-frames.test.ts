import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { countWebpFrames } from "./count-webp-frames.ts";
import { animatedWebp, sampleWebp } from "./testing/sample-images.ts";

describe("countWebpFrames", () => {
  it("counts the frames of an animation sharp wrote, and none in a still", async () => {
    // Noise, so that no two frames are alike (libwebp merges frames that are).
    const animation = await sharp({
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
    expect(countWebpFrames(animation)).toBe(6);
    expect(countWebpFrames(await sampleWebp())).toBe(0);
  });

  it("counts a frame bomb in one pass, stopping where asked, and ends on a lying chunk size", async () => {
    const bomb = await animatedWebp(100_000);
    expect(countWebpFrames(bomb)).toBe(100_000);
    expect(countWebpFrames(bomb, 101)).toBe(101);
    const lying = Buffer.from(bomb.subarray(0, 1000));
    lying.writeUInt32LE(0xffffffff, 12 + 4);
    expect(countWebpFrames(lying)).toBe(0);
  });
});
