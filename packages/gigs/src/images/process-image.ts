import sharp, { type Metadata, type OutputInfo, type SharpOptions } from "sharp";
import { countWebpFrames } from "./count-webp-frames.ts";
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

// limitInputPixels makes libvips refuse to decode anything larger even if a header lied to the
// metadata check below; failOn "error" refuses corrupt data instead of rendering garbage. Only
// the first frame of an animated WebP is decoded (a listing image is a still).
const DECODE_OPTIONS: SharpOptions = { limitInputPixels: MAX_IMAGE_PIXELS, failOn: "error" };
const WEBP_QUALITY = 80;
const MAX_MEGAPIXELS = MAX_IMAGE_PIXELS / 1_000_000;

const animationTooLarge = (field: string) =>
  imageError(field, "animationTooLarge", { maxFrames: MAX_IMAGE_FRAMES, maxMegapixels: MAX_MEGAPIXELS });

/**
 * Checks an uploaded image and re-encodes it as WebP in every stored width. Nothing of the
 * original survives: re-encoding drops EXIF (GPS position, camera serial), ICC profiles are
 * converted to sRGB, and a polyglot file's non-image payload is gone; so the original is never
 * kept, even when it is smaller. The header is read first, without decoding: too many pixels or
 * frames are refused there. Each encoding is stopped after a few seconds, and a variant larger
 * than an upload may be is refused. Throws BAD_INPUT with an `images:errors.*` (or
 * `gigs:errors.images.*`) key on `field`, or the signal's reason once it aborts.
 */
export async function processImage(bytes: Uint8Array, options: ProcessImageOptions = {}): Promise<ProcessedImage> {
  const field = options.field ?? DEFAULT_IMAGE_FIELD;
  const { signal } = options;
  signal?.throwIfAborted();
  if (bytes.length === 0) throw imageError(field, "empty");
  if (bytes.length > MAX_IMAGE_BYTES) throw imageError(field, "tooLarge", { maxMb: MAX_IMAGE_MB });

  const sourceFormat = sniffImageType(bytes);
  if (!sourceFormat) throw imageError(field, "unsupportedType");
  // Before libvips reads the header: for a WebP that takes the square of the frame count.
  if (sourceFormat === "webp" && countWebpFrames(bytes, MAX_IMAGE_FRAMES + 1) > MAX_IMAGE_FRAMES) throw animationTooLarge(field);

  const metadata = await readMetadata(bytes, field);
  // The sniffed type and the decoder must agree; a file that only starts like a JPEG is not one.
  if (metadata.format !== sourceFormat) throw imageError(field, "unsupportedType");
  checkFrames(metadata, field);
  checkDimensions(metadata, field);

  const timeoutSeconds = options.timeoutSeconds ?? IMAGE_TIMEOUT_SECONDS;
  const variants: ImageVariant[] = [];
  for (const width of GIG_IMAGE_VARIANT_WIDTHS) {
    signal?.throwIfAborted();
    variants.push(await encodeVariant(bytes, width, field, timeoutSeconds));
  }
  signal?.throwIfAborted();
  const display = variants.at(-1);
  if (!display) throw new Error("GIG_IMAGE_VARIANT_WIDTHS is empty");
  return { sourceFormat, width: display.actualWidth, height: display.actualHeight, variants };
}

async function readMetadata(bytes: Uint8Array, field: string): Promise<Metadata> {
  try {
    // Reads only the header (no pixels are decoded), so the pixel limit is lifted here to learn
    // the claimed size and refuse it with its own message below.
    return await sharp(bytes, { ...DECODE_OPTIONS, limitInputPixels: false }).metadata();
  } catch {
    throw imageError(field, "unreadable");
  }
}

/**
 * An animated WebP's frames, counted from its header: the whole file is bounded, though only its
 * first frame is decoded.
 */
function checkFrames(metadata: Metadata, field: string): void {
  const frames = Math.max(1, metadata.pages ?? 1);
  if (frames === 1) return;
  // Loaded as its first frame, `height` is one frame's; `pageHeight` says so too where it is set.
  const frameHeight = Math.min(metadata.pageHeight ?? metadata.height, metadata.height);
  if (frames > MAX_IMAGE_FRAMES || metadata.width * frameHeight * frames > MAX_IMAGE_PIXELS) throw animationTooLarge(field);
}

function checkDimensions(metadata: Metadata, field: string): void {
  const { width, height } = metadata.autoOrient;
  if (!width || !height) throw imageError(field, "unreadable");
  if (width * height > MAX_IMAGE_PIXELS) {
    throw imageError(field, "tooManyPixels", { maxMegapixels: MAX_MEGAPIXELS });
  }
  if (width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE) throw imageError(field, "tooWide", { max: MAX_IMAGE_SIDE });
  if (width < MIN_IMAGE_SIDE || height < MIN_IMAGE_SIDE) throw imageError(field, "tooSmall", { min: MIN_IMAGE_SIDE });
}

async function encodeVariant(bytes: Uint8Array, width: number, field: string, timeoutSeconds: number): Promise<ImageVariant> {
  let encoded: { data: Buffer; info: OutputInfo };
  try {
    encoded = await sharp(bytes, DECODE_OPTIONS)
      .timeout({ seconds: timeoutSeconds })
      .autoOrient()
      .resize({ width, withoutEnlargement: true })
      .webp({ quality: WEBP_QUALITY })
      .toBuffer({ resolveWithObject: true });
  } catch (error) {
    // sharp's own words for its timeout ("timeout: 40% complete").
    if (error instanceof Error && /\btimeout\b/i.test(error.message)) throw imageError(field, "tooComplex");
    // Truncated or corrupt pixel data only shows up when decoding.
    throw imageError(field, "unreadable");
  }
  const { data, info } = encoded;
  // Re-encoding can grow a file; no stored variant is larger than an upload may be.
  if (data.byteLength > MAX_IMAGE_BYTES) throw imageError(field, "tooComplex");
  return { width, bytes: data, actualWidth: info.width, actualHeight: info.height };
}
