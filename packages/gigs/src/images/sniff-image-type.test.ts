import { describe, expect, it } from "vitest";
import { sniffImageType } from "./sniff-image-type.ts";
import { sampleJpeg, samplePdf, samplePng, sampleWebp } from "./testing/sample-images.ts";

describe("sniffImageType", () => {
  it("recognises JPEG, PNG and WebP by their first bytes", async () => {
    expect(sniffImageType(await sampleJpeg())).toBe("jpeg");
    expect(sniffImageType(await samplePng())).toBe("png");
    expect(sniffImageType(await sampleWebp())).toBe("webp");
  });

  it("knows nothing else, whatever the file is called", () => {
    expect(sniffImageType(samplePdf())).toBeNull();
    expect(sniffImageType(Buffer.from("GIF89a"))).toBeNull();
    expect(sniffImageType(Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'/>"))).toBeNull();
    // RIFF but not WebP (a WAV file), and a header cut short.
    expect(sniffImageType(Buffer.from("RIFF\0\0\0\0WAVEfmt "))).toBeNull();
    expect(sniffImageType(Buffer.from([0xff, 0xd8]))).toBeNull();
  });
});
