import sharp, { type Metadata, type SharpOptions } from "sharp";
import { animationBudget, type ImageBounds, megapixels, type RefuseImage } from "./image-bounds.ts";
import { countWebpFrames } from "./count-webp-frames.ts";

/** An image whose header is within a feature's bounds, ready to be decoded (encodeWebp). */
export interface InspectedImage {
  bytes: Uint8Array;
  /** sharp's name for it: "jpeg", "png", "webp", "gif". */
  format: string;
  /** Of one frame, as stored (before EXIF orientation). */
  width: number;
  height: number;
  /** Frames in the file; 1 for a still. */
  frames: number;
  /** Frames that will be decoded: all of them when the bounds keep animations, else 1. */
  decodedFrames: number;
  /** The bounds it was inspected with; encodeWebp words its refusals by them. */
  bounds: ImageBounds;
  /** What decoding must be limited to, so the bounds hold even where the header lied. */
  decodeOptions: SharpOptions;
}

/**
 * Reads an image's header, never its pixels, and refuses it there if it asks for more work than
 * `bounds` allow: too many pixels in a frame, too long a side, too many frames or frame pixels. A
 * WebP's frames are counted from its chunk headers before libvips sees it (libvips takes the
 * square of the frame count to read such a header), so a frame bomb is refused in milliseconds.
 * `format` is the type sniffed from the content; the decoder must agree. Throws `refuse(reason)`.
 */
export async function inspectImage(bytes: Uint8Array, format: string, bounds: ImageBounds, refuse: RefuseImage): Promise<InspectedImage> {
  if (format === "webp" && countWebpFrames(bytes, bounds.maxFrames + 1) > bounds.maxFrames) {
    throw refuse("animationTooLarge", animationBudget(bounds));
  }
  const decodeOptions = decodeOptionsFor(bounds);
  const metadata = await readMetadata(bytes, decodeOptions, refuse);
  // The sniffed type and the decoder must agree; a file that only starts like a PNG is not one.
  if (metadata.format !== format) throw refuse("unsupportedType");
  const frames = Math.max(1, metadata.pages ?? 1);
  const { width } = metadata;
  const height = frameHeight(metadata, frames, bounds.keepAnimation);
  if (!width || !height) throw refuse("unreadable");
  if (width * height > bounds.maxPixels) throw refuse("tooManyPixels", { maxMegapixels: megapixels(bounds.maxPixels) });
  if (width > bounds.maxSide || height > bounds.maxSide) throw refuse("tooWide", { max: bounds.maxSide });
  // The whole file is bounded, however much of it is decoded.
  if (frames > 1 && (frames > bounds.maxFrames || width * height * frames > bounds.maxAnimationPixels)) {
    throw refuse("animationTooLarge", animationBudget(bounds));
  }
  return { bytes, format, width, height, frames, decodedFrames: bounds.keepAnimation ? frames : 1, bounds, decodeOptions };
}

// limitInputPixels makes libvips refuse to decode anything larger even if a header lied to the
// checks above (for an animation it counts every frame); failOn "error" refuses corrupt data
// instead of rendering garbage. `animated` decodes every frame of a GIF or WebP.
function decodeOptionsFor(bounds: ImageBounds): SharpOptions {
  if (!bounds.keepAnimation) return { limitInputPixels: bounds.maxPixels, failOn: "error" };
  return { limitInputPixels: Math.max(bounds.maxPixels, bounds.maxAnimationPixels), failOn: "error", animated: true };
}

/** One frame's height: loaded with every frame, `height` is the frames stacked. */
function frameHeight(metadata: Metadata, frames: number, animated: boolean): number {
  if (animated && frames > 1) return metadata.pageHeight ?? Math.floor(metadata.height / frames);
  return Math.min(metadata.pageHeight ?? metadata.height, metadata.height);
}

async function readMetadata(bytes: Uint8Array, decodeOptions: SharpOptions, refuse: RefuseImage): Promise<Metadata> {
  try {
    // Reads only the header (no pixels are decoded; a GIF's frames are counted, not drawn), so
    // the pixel limit is lifted here to learn the claimed size and refuse it in the feature's words.
    return await sharp(bytes, { ...decodeOptions, limitInputPixels: false }).metadata();
  } catch {
    throw refuse("unreadable");
  }
}
