import { randomBytes } from "node:crypto";
import { uploadKey } from "@hunar/core/upload-keys";
import { GIG_IMAGE_VARIANT_WIDTHS } from "./limits.ts";

// A gig image's storageKey is 32 random hex characters (128 bits: unguessable, so a pending
// upload's URL reveals nothing). Each variant is its own file, named by the key and the width;
// the first two characters shard the directory so no folder holds millions of files.

export const GIG_IMAGE_URL_PREFIX = "/media/gigs";

const STORAGE_KEY = /^[0-9a-f]{32}$/;
const FILE_NAME = /^([0-9a-f]{32})-([1-9][0-9]{0,4})\.webp$/;

export function newGigImageKey(): string {
  return randomBytes(16).toString("hex");
}

export function isGigImageKey(value: string): boolean {
  return STORAGE_KEY.test(value);
}

/** The upload key of one variant in the gig-images area, e.g. "gigs/3f/3f…9a-400.webp". */
export function variantStorageKey(storageKey: string, width: number): string {
  return uploadKey("gig-images", `${storageKey}-${width}.webp`);
}

export function gigImageUrl(storageKey: string, width: number): string {
  return `${GIG_IMAGE_URL_PREFIX}/${storageKey}-${width}.webp`;
}

/** The variant a URL's file name asks for, or null for anything that is not a stored width. */
export function parseGigImageFileName(fileName: string): { storageKey: string; width: number } | null {
  const match = FILE_NAME.exec(fileName);
  if (!match?.[1] || !match[2]) return null;
  const width = Number(match[2]);
  if (!GIG_IMAGE_VARIANT_WIDTHS.includes(width)) return null;
  return { storageKey: match[1], width };
}

export interface GigImageSourceInput {
  storageKey: string;
  /** Of the largest variant. */
  width: number;
  height: number;
  variantWidths: number[];
}

/**
 * Attributes for an <img>: the thumbnail as `src` (cards), every variant in `srcSet` with its
 * real pixel width (a small original is stored at its own width), and the intrinsic size so the
 * page does not jump while images load.
 */
export function gigImageSources(image: GigImageSourceInput): { src: string; srcSet: string; width: number; height: number } {
  const widths = [...image.variantWidths].sort((a, b) => a - b);
  const smallest = widths[0] ?? image.width;
  const seen = new Set<number>();
  const candidates: string[] = [];
  for (const width of widths) {
    const actual = Math.min(width, image.width);
    if (seen.has(actual)) continue;
    seen.add(actual);
    candidates.push(`${gigImageUrl(image.storageKey, width)} ${actual}w`);
  }
  return {
    src: gigImageUrl(image.storageKey, smallest),
    srcSet: candidates.join(", "),
    width: image.width,
    height: image.height,
  };
}

const VARIANT_KEY = /^gigs\/[0-9a-f]{2}\/([0-9a-f]{32})-[1-9][0-9]{0,4}\.webp$/;

/** The image's storageKey of a variant's upload key (variantStorageKey read back), or null. */
export function storageKeyOfVariant(key: string): string | null {
  return VARIANT_KEY.exec(key)?.[1] ?? null;
}
