import { describe, expect, it } from "vitest";
import {
  gigImageSources,
  gigImageUrl,
  isGigImageKey,
  newGigImageKey,
  parseGigImageFileName,
  storageKeyOfVariant,
  variantStorageKey,
} from "./gig-image-urls.ts";
import { isSafeUploadKey } from "@hunar/core/upload-keys";

const KEY = "3fa9c0d2e4b6a8c0d2e4f6a8b0c2d4e6";

describe("gig image keys and URLs", () => {
  it("makes random 128-bit keys that are safe storage names", () => {
    const keys = new Set(Array.from({ length: 100 }, newGigImageKey));
    expect(keys.size).toBe(100);
    for (const key of keys) {
      expect(isGigImageKey(key)).toBe(true);
      expect(isSafeUploadKey("gig-images", variantStorageKey(key, 400))).toBe(true);
    }
    expect(variantStorageKey(KEY, 1200)).toBe(`gigs/3f/${KEY}-1200.webp`);
  });

  it("reads a variant's upload key back to its image's key, and nothing else", () => {
    expect(storageKeyOfVariant(variantStorageKey(KEY, 400))).toBe(KEY);
    for (const other of [`gigs/3f/${KEY}.webp`, `attachments/3f/${KEY}-400.webp`, `gigs/3f/${KEY}-400.png`, "gigs/ab/abnotavariant"]) {
      expect(storageKeyOfVariant(other), other).toBeNull();
    }
  });

  it("reads back only the file names it makes, for the stored widths", () => {
    expect(parseGigImageFileName(`${KEY}-400.webp`)).toEqual({ storageKey: KEY, width: 400 });
    expect(parseGigImageFileName(`${KEY}-1200.webp`)).toEqual({ storageKey: KEY, width: 1200 });
    for (const name of [
      `${KEY}-401.webp`,
      `${KEY}-400.png`,
      `${KEY.toUpperCase()}-400.webp`,
      `../${KEY}-400.webp`,
      `${KEY}-0400.webp`,
      "x-400.webp",
      "",
    ]) {
      expect(parseGigImageFileName(name)).toBeNull();
    }
  });

  it("gives an <img> the thumbnail, a srcset with real widths and the aspect ratio", () => {
    expect(gigImageSources({ storageKey: KEY, width: 1200, height: 800, variantWidths: [400, 1200] })).toEqual({
      src: gigImageUrl(KEY, 400),
      srcSet: `/media/gigs/${KEY}-400.webp 400w, /media/gigs/${KEY}-1200.webp 1200w`,
      width: 1200,
      height: 800,
    });
    // A 300 px original is stored at 300 px in both files: one candidate, its true width.
    expect(gigImageSources({ storageKey: KEY, width: 300, height: 200, variantWidths: [400, 1200] }).srcSet).toBe(
      `/media/gigs/${KEY}-400.webp 300w`,
    );
  });
});
