import type { MessageParams } from "@hunar/core/app-error";
import { encodeWebp } from "@hunar/core/images/encode-webp";
import type { ImageBounds, ImageRefusal, RefuseImage } from "@hunar/core/images/image-bounds";
import { type InspectedImage, inspectImage } from "@hunar/core/images/inspect-image";
import { DEFAULT_IMAGE_FIELD, imageError } from "./image-errors.ts";
import {
  GIG_IMAGE_VARIANT_WIDTHS,
  IMAGE_TIMEOUT_SECONDS,
  MAX_IMAGE_BYTES,
  MAX_IMAGE_FRAMES,
  MAX_IMAGE_MB,
  MAX_IMAGE_PIXELS,
  MAX_IMAGE_SIDE,
  MIN_IMAGE_SIDE,
} from "./limits.ts";
import { sniffImageType, type ImageType } from "./sniff-image-type.ts";

export interface ImageVariant {
  /** The nominal width this variant stands for (one of GIG_IMAGE_VARIANT_WIDTHS). */
  width: number;
  bytes: Buffer;
  actualWidth: number;
  actualHeight: number;
}

export interface ProcessedImage {
  sourceFormat: ImageType;
  /** Of the largest (display) variant. */
  width: number;
  height: number;
  variants: ImageVariant[];
}

export interface ProcessImageOptions {
  /** The form field errors are reported on. */
  field?: string;
  /**
   * Stops the work when it aborts (the person went away), throwing its reason. sharp cannot be
   * interrupted mid-operation: the signal is checked before each encoding and after, and the
   * timeout bounds what lies between.
   */
  signal?: AbortSignal;
  /** sharp's timeout for each variant, whole seconds; IMAGE_TIMEOUT_SECONDS unless a test shortens it. */
  timeoutSeconds?: number;
}

/**
 * A listing image is a still: only the first frame of an animated WebP is decoded, but the whole
 * file is bounded from its header (frames and pixels across them), whatever part is decoded.
 */
const GIG_IMAGE_BOUNDS: ImageBounds = {
  maxPixels: MAX_IMAGE_PIXELS,
  maxSide: MAX_IMAGE_SIDE,
  maxFrames: MAX_IMAGE_FRAMES,
  maxAnimationPixels: MAX_IMAGE_PIXELS,
  keepAnimation: false,
};
const WEBP_QUALITY = 80;

/** The core's refusals as `images:errors.*` / `gigs:errors.images.*` on `field`. */
const refuseOn =
  (field: string): RefuseImage =>
  (reason: ImageRefusal, params?: MessageParams) =>
    imageError(field, reason, params);

/**
 * Checks an uploaded image and re-encodes it as WebP in every stored width. Nothing of the
 * original survives: re-encoding drops EXIF (GPS position, camera serial), ICC profiles are
 * converted to sRGB, and a polyglot file's non-image payload is gone; so the original is never
 * kept, even when it is smaller. The header is read first, without decoding: too many pixels or
 * frames are refused there (inspectImage, with the gig's bounds). Each encoding is stopped after a
 * few seconds, and a variant larger than an upload may be is refused (encodeWebp). Throws
 * BAD_INPUT with an `images:errors.*` (or `gigs:errors.images.*`) key on `field`, or the signal's
 * reason once it aborts.
 */
export async function processImage(bytes: Uint8Array, options: ProcessImageOptions = {}): Promise<ProcessedImage> {
  const field = options.field ?? DEFAULT_IMAGE_FIELD;
  const { signal } = options;
  signal?.throwIfAborted();
  if (bytes.length === 0) throw imageError(field, "empty");
  if (bytes.length > MAX_IMAGE_BYTES) throw imageError(field, "tooLarge", { maxMb: MAX_IMAGE_MB });

  const sourceFormat = sniffImageType(bytes);
  if (!sourceFormat) throw imageError(field, "unsupportedType");
  const refuse = refuseOn(field);
  const image = await inspectImage(bytes, sourceFormat, GIG_IMAGE_BOUNDS, refuse);
  checkMinimumSides(image, field);

  const timeoutSeconds = options.timeoutSeconds ?? IMAGE_TIMEOUT_SECONDS;
  const variants: ImageVariant[] = [];
  for (const width of GIG_IMAGE_VARIANT_WIDTHS) {
    signal?.throwIfAborted();
    variants.push(await encodeVariant(image, width, refuse, timeoutSeconds));
  }
  signal?.throwIfAborted();
  const display = variants.at(-1);
  if (!display) throw new Error("GIG_IMAGE_VARIANT_WIDTHS is empty");
  return { sourceFormat, width: display.actualWidth, height: display.actualHeight, variants };
}

/** After inspectImage: too small a side cannot fill a thumbnail (EXIF orientation swaps sides, not sizes). */
function checkMinimumSides(image: InspectedImage, field: string): void {
  if (image.width < MIN_IMAGE_SIDE || image.height < MIN_IMAGE_SIDE) throw imageError(field, "tooSmall", { min: MIN_IMAGE_SIDE });
}

async function encodeVariant(image: InspectedImage, width: number, refuse: RefuseImage, timeoutSeconds: number): Promise<ImageVariant> {
  // No stored variant is larger than an upload may be (`tooComplex` beyond).
  const encoded = await encodeWebp(
    image,
    { resize: { width, withoutEnlargement: true }, quality: WEBP_QUALITY, timeoutSeconds, maxBytes: MAX_IMAGE_BYTES },
    refuse,
  );
  return { width, bytes: encoded.bytes, actualWidth: encoded.width, actualHeight: encoded.height };
}
