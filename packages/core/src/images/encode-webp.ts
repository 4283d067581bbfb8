import sharp, { type OutputInfo, type ResizeOptions } from "sharp";
import { animationBudget, type RefuseImage } from "./image-bounds.ts";
import type { InspectedImage } from "./inspect-image.ts";

/** How a feature re-encodes an image, and the bounds on that work. */
export interface WebpEncoding {
  /** sharp's resize, e.g. `{ width: 2560, height: 2560, fit: "inside", withoutEnlargement: true }`. */
  resize: ResizeOptions;
  quality: number;
  /** libwebp's effort, 0-6 (sharp's default 4). */
  effort?: number;
  /** sharp's timeout, whole seconds from when libvips opens the file. */
  timeoutSeconds: number;
  /** The re-encoded file may be no larger than this: re-encoding can grow a file. */
  maxBytes?: number;
}

export interface EncodedWebp {
  bytes: Buffer;
  width: number;
  /** Of one frame. */
  height: number;
  /** 1 for a still. */
  frames: number;
}

/**
 * Decodes an inspected image and re-encodes it as WebP, turned upright by its EXIF orientation.
 * Nothing of the original survives: EXIF (GPS position, camera serial) is dropped and a polyglot
 * file's other payload is gone, which is why the original is never kept instead, even when it is
 * smaller. The work is stopped after `timeoutSeconds` (`tooComplex`); corrupt pixel data is
 * `unreadable`; a result over `maxBytes` is `animationTooLarge` for an animation, `tooComplex`
 * for a still. Throws `refuse(reason)`.
 */
export async function encodeWebp(image: InspectedImage, encoding: WebpEncoding, refuse: RefuseImage): Promise<EncodedWebp> {
  let encoded: { data: Buffer; info: OutputInfo };
  try {
    encoded = await sharp(image.bytes, image.decodeOptions)
      .timeout({ seconds: encoding.timeoutSeconds })
      .autoOrient()
      .resize(encoding.resize)
      .webp({ quality: encoding.quality, ...(encoding.effort === undefined ? {} : { effort: encoding.effort }) })
      .toBuffer({ resolveWithObject: true });
  } catch (error) {
    // sharp's own words for its timeout ("timeout: 40% complete").
    if (error instanceof Error && /\btimeout\b/i.test(error.message)) throw refuse("tooComplex");
    // Truncated or corrupt pixel data only shows up when decoding.
    throw refuse("unreadable");
  }
  const { data, info } = encoded;
  const frames = image.decodedFrames;
  if (encoding.maxBytes !== undefined && data.byteLength > encoding.maxBytes) {
    throw frames > 1 ? refuse("animationTooLarge", animationBudget(image.bounds)) : refuse("tooComplex");
  }
  return { bytes: data, width: info.width, height: info.pageHeight ?? info.height, frames };
}
