import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { urduTitleImage } from "./urdu-title.ts";

const TITLE = "میں آپ کے کاروبار کے لیے لوگو بناؤں گی";

describe("urduTitleImage", () => {
  it("draws the title in Nastaliq: a line as tall as Nastaliq's, not a plain Naskh font's", async () => {
    const nastaliq = await urduTitleImage(TITLE, 1000);
    const plain = await sharp({ text: { text: TITLE, font: "sans 46", width: 1000, rgba: true } })
      .png()
      .toBuffer({ resolveWithObject: true });
    expect(nastaliq.width).toBeGreaterThan(0);
    expect(nastaliq.width).toBeLessThanOrEqual(1000);
    // Nastaliq's stacked letters and deep descenders need far more height at the same size.
    expect(nastaliq.height).toBeGreaterThan(plain.info.height * 1.4);
  });

  it("keeps a long title within two lines' height by drawing it smaller, and escapes markup", async () => {
    const long = await urduTitleImage(`${TITLE} ${TITLE} ${TITLE} ${TITLE} <b>&</b>`, 600);
    expect(long.width).toBeLessThanOrEqual(600);
    expect(long.height).toBeLessThanOrEqual(230);
  });
});
