import sharp, { type Metadata, type SharpOptions } from "sharp";
import { DEFAULT_IMAGE_FIELD, imageError } from "./image-errors.ts";
import { GIG_IMAGE_VARIANT_WIDTHS, MAX_IMAGE_BYTES, MAX_IMAGE_MB, MAX_IMAGE_PIXELS, MAX_IMAGE_SIDE, MIN_IMAGE_SIDE } from "./limits.ts";
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

// limitInputPixels makes libvips refuse to decode anything larger even if a header lied to the
// metadata check below; failOn "error" refuses corrupt data instead of rendering garbage.
const DECODE_OPTIONS: SharpOptions = { limitInputPixels: MAX_IMAGE_PIXELS, failOn: "error" };
const WEBP_QUALITY = 80;

/**
 * Checks an uploaded image and re-encodes it as WebP in every stored width. Nothing of the
 * original survives: re-encoding drops EXIF (GPS position, camera serial), ICC profiles are
 * converted to sRGB, and a polyglot file's non-image payload is gone.
 * Throws BAD_INPUT with an `images:errors.*` key on `field`.
 */
export async function processImage(bytes: Uint8Array, options: { field?: string } = {}): Promise<ProcessedImage> {
  const field = options.field ?? DEFAULT_IMAGE_FIELD;
  if (bytes.length === 0) throw imageError(field, "empty");
  if (bytes.length > MAX_IMAGE_BYTES) throw imageError(field, "tooLarge", { maxMb: MAX_IMAGE_MB });

  const sourceFormat = sniffImageType(bytes);
  if (!sourceFormat) throw imageError(field, "unsupportedType");

  const metadata = await readMetadata(bytes, field);
  // The sniffed type and the decoder must agree; a file that only starts like a JPEG is not one.
  if (metadata.format !== sourceFormat) throw imageError(field, "unsupportedType");
  checkDimensions(metadata, field);

  const variants: ImageVariant[] = [];
  for (const width of GIG_IMAGE_VARIANT_WIDTHS) variants.push(await encodeVariant(bytes, width, field));
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

function checkDimensions(metadata: Metadata, field: string): void {
  const { width, height } = metadata.autoOrient;
  if (!width || !height) throw imageError(field, "unreadable");
  if (width * height > MAX_IMAGE_PIXELS) {
    throw imageError(field, "tooManyPixels", { maxMegapixels: MAX_IMAGE_PIXELS / 1_000_000 });
  }
  if (width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE) throw imageError(field, "tooWide", { max: MAX_IMAGE_SIDE });
  if (width < MIN_IMAGE_SIDE || height < MIN_IMAGE_SIDE) throw imageError(field, "tooSmall", { min: MIN_IMAGE_SIDE });
}

async function encodeVariant(bytes: Uint8Array, width: number, field: string): Promise<ImageVariant> {
  try {
    const { data, info } = await sharp(bytes, DECODE_OPTIONS)
      .autoOrient()
      .resize({ width, withoutEnlargement: true })
      .webp({ quality: WEBP_QUALITY })
      .toBuffer({ resolveWithObject: true });
    return { width, bytes: data, actualWidth: info.width, actualHeight: info.height };
  } catch {
    // Truncated or corrupt pixel data only shows up when decoding.
    throw imageError(field, "unreadable");
  }
}
