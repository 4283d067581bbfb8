import type { MessageParams } from "../app-error.ts";

/**
 * A feature's bounds on the image work one upload may cost, each from its own `limits.ts`. The
 * frames and pixels are checked from the header (inspectImage), before any pixel is decoded;
 * libvips enforces the pixel limit again while decoding, in case a header lied.
 */
export interface ImageBounds {
  /** Pixels of one frame (width × height). */
  maxPixels: number;
  /** Pixels of a frame's longer side. */
  maxSide: number;
  /** Frames of an animated GIF or WebP, counted whether or not they are all decoded. */
  maxFrames: number;
  /** Pixels of every frame together (width × height × frames). */
  maxAnimationPixels: number;
  /** Every frame is decoded and re-encoded (an animation stays one), or only the first. */
  keepAnimation: boolean;
}

/**
 * Why image work is refused, with its params:
 * - `unreadable`: no header, no size, or pixel data that does not decode;
 * - `unsupportedType`: the decoder found another format than the content was sniffed as;
 * - `tooManyPixels {maxMegapixels}`: one frame over `maxPixels`;
 * - `tooWide {max}`: a side over `maxSide`;
 * - `animationTooLarge {maxFrames, maxMegapixels}`: over `maxFrames` or `maxAnimationPixels`, or an
 *   animation re-encoded beyond the byte limit;
 * - `tooComplex`: cut off by the time budget, or a still re-encoded beyond the byte limit.
 *
 * A person's images over the shared cap (`imageSlots`) are each feature's `busy`.
 */
export type ImageRefusal = "unreadable" | "unsupportedType" | "tooManyPixels" | "tooWide" | "animationTooLarge" | "tooComplex";

/** Words a refusal as the feature does (its message key, its form field). */
export type RefuseImage = (reason: ImageRefusal, params?: MessageParams) => Error;

export const megapixels = (pixels: number): number => pixels / 1_000_000;

/** The params of `animationTooLarge` for these bounds. */
export const animationBudget = (bounds: ImageBounds): MessageParams => ({
  maxFrames: bounds.maxFrames,
  maxMegapixels: megapixels(bounds.maxAnimationPixels),
});
