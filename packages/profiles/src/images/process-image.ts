import { isAppError } from "@hunar/core/app-error";
import sharp, { type Metadata, type SharpOptions } from "sharp";
import { fileError } from "./image-errors.ts";
import { IMAGE_TIMEOUT_SECONDS, MAX_IMAGE_PIXELS, MAX_IMAGE_SIDE, MAX_UPLOAD_BYTES, MAX_UPLOAD_MB } from "./limits.ts";
import { isAnimatedWebp, sniffFileType } from "./sniff-file-type.ts";

export interface EncodedVariant {
  /** The nominal size this variant stands for. */
  size: number;
  bytes: Buffer;
  width: number;
  height: number;
}

export interface ImageRecipe {
  /** Nominal sizes, smallest first: square sides (`square`) or widths. */
  sizes: readonly number[];
  square: boolean;
  minSide: number;
}

export interface ProcessOptions {
  field: string;
  signal?: AbortSignal | undefined;
  timeoutSeconds?: number;
}

// libvips refuses to decode past the pixel limit even if a header lied; failOn "error" refuses
// corrupt data instead of rendering garbage.
const DECODE: SharpOptions = { limitInputPixels: MAX_IMAGE_PIXELS, failOn: "error" };
const WEBP_QUALITY = 80;

/**
 * Checks an uploaded image from its bytes and header, then re-encodes it to WebP in each size:
 * nothing of the original survives (EXIF with its GPS position, ICC profiles, a polyglot's other
 * payload). Throws BAD_INPUT `profiles:errors.file.*` on `field`, or the signal's reason.
 */
export async function processProfileImage(bytes: Uint8Array, recipe: ImageRecipe, options: ProcessOptions): Promise<EncodedVariant[]> {
  const { field, signal } = options;
  signal?.throwIfAborted();
  checkBytes(bytes, field);
  const type = sniffFileType(bytes);
  if (type === null || type === "pdf") throw fileError(field, "unsupportedType");
  if (type === "webp" && isAnimatedWebp(bytes)) throw fileError(field, "animated");
  const metadata = await readMetadata(bytes, field);
  if (metadata.format !== type) throw fileError(field, "unsupportedType");
  if ((metadata.pages ?? 1) > 1) throw fileError(field, "animated");
  checkDimensions(metadata, recipe.minSide, field);
  const variants: EncodedVariant[] = [];
  for (const size of recipe.sizes) {
    signal?.throwIfAborted();
    variants.push(await encode(bytes, size, recipe.square, field, options.timeoutSeconds ?? IMAGE_TIMEOUT_SECONDS));
  }
  signal?.throwIfAborted();
  return variants;
}

export function checkBytes(bytes: Uint8Array, field: string): void {
  if (bytes.length === 0) throw fileError(field, "empty");
  if (bytes.length > MAX_UPLOAD_BYTES) throw fileError(field, "tooLarge", { maxMb: MAX_UPLOAD_MB });
}

async function readMetadata(bytes: Uint8Array, field: string): Promise<Metadata> {
  try {
    // Only the header is read, so the pixel limit is lifted to learn the claimed size.
    return await sharp(bytes, { ...DECODE, limitInputPixels: false }).metadata();
  } catch {
    throw fileError(field, "unreadable");
  }
}

function checkDimensions(metadata: Metadata, minSide: number, field: string): void {
  const { width, height } = metadata.autoOrient;
  if (!width || !height) throw fileError(field, "unreadable");
  if (width * height > MAX_IMAGE_PIXELS) throw fileError(field, "tooManyPixels", { maxMegapixels: MAX_IMAGE_PIXELS / 1_000_000 });
  if (width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE) throw fileError(field, "tooWide", { max: MAX_IMAGE_SIDE });
  if (width < minSide || height < minSide) throw fileError(field, "tooSmall", { min: minSide });
}

async function encode(bytes: Uint8Array, size: number, square: boolean, field: string, timeoutSeconds: number): Promise<EncodedVariant> {
  try {
    const { data, info } = await sharp(bytes, DECODE)
      .timeout({ seconds: timeoutSeconds })
      .autoOrient()
      // A photo is cropped to the middle square; other images keep their shape. Never upscaled.
      .resize(square ? { width: size, height: size, fit: "cover", position: "attention" } : { width: size, withoutEnlargement: true })
      .webp({ quality: WEBP_QUALITY })
      .toBuffer({ resolveWithObject: true });
    if (data.byteLength > MAX_UPLOAD_BYTES) throw fileError(field, "tooComplex");
    return { size, bytes: data, width: info.width, height: info.height };
  } catch (error) {
    if (isAppError(error)) throw error;
    if (error instanceof Error && /\btimeout\b/i.test(error.message)) throw fileError(field, "tooComplex");
    throw fileError(field, "unreadable");
  }
}
