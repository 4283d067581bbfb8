import sharp, { type Metadata, type SharpOptions } from "sharp";
import { attachmentError } from "./attachment-errors.ts";
import { ATTACHMENT_IMAGE_MAX_SIDE, MAX_ATTACHMENT_IMAGE_SIDE, MAX_ATTACHMENT_PIXELS } from "./limits.ts";

export interface ReencodedImage {
  bytes: Buffer;
  width: number;
  height: number;
}

// limitInputPixels makes libvips refuse to decode anything larger even if a header lied to the
// metadata check below; failOn "error" refuses corrupt data instead of rendering garbage.
// `animated` keeps every frame of a GIF or WebP animation (the pixel limit counts all of them).
const DECODE_OPTIONS: SharpOptions = { limitInputPixels: MAX_ATTACHMENT_PIXELS, failOn: "error", animated: true };
const WEBP_QUALITY = 82;

/**
 * Re-encodes an image as WebP no larger than 2560 px a side. Nothing of the original survives:
 * EXIF (GPS position, camera serial) is dropped and a polyglot file's other payload is gone.
 * Throws BAD_INPUT `chat:errors.attachments.*`.
 */
export async function processAttachmentImage(bytes: Uint8Array, format: string): Promise<ReencodedImage> {
  const metadata = await readMetadata(bytes);
  // The sniffed type and the decoder must agree; a file that only starts like a PNG is not one.
  if (metadata.format !== format) throw attachmentError("unsupportedType");
  const width = metadata.width;
  const height = metadata.height;
  if (!width || !height) throw attachmentError("unreadableImage");
  if (
    width * height > MAX_ATTACHMENT_PIXELS ||
    width > MAX_ATTACHMENT_IMAGE_SIDE ||
    (metadata.pageHeight ?? height) > MAX_ATTACHMENT_IMAGE_SIDE
  ) {
    throw attachmentError("tooManyPixels", { maxMegapixels: MAX_ATTACHMENT_PIXELS / 1_000_000 });
  }
  try {
    const { data, info } = await sharp(bytes, DECODE_OPTIONS)
      .autoOrient()
      .resize({ width: ATTACHMENT_IMAGE_MAX_SIDE, height: ATTACHMENT_IMAGE_MAX_SIDE, fit: "inside", withoutEnlargement: true })
      .webp({ quality: WEBP_QUALITY })
      .toBuffer({ resolveWithObject: true });
    return { bytes: data, width: info.width, height: info.pageHeight ?? info.height };
  } catch {
    // Truncated or corrupt pixel data only shows up when decoding.
    throw attachmentError("unreadableImage");
  }
}

async function readMetadata(bytes: Uint8Array): Promise<Metadata> {
  try {
    // Reads only the header (no pixels are decoded), so the pixel limit is lifted here to learn
    // the claimed size and refuse it with its own message.
    return await sharp(bytes, { ...DECODE_OPTIONS, limitInputPixels: false }).metadata();
  } catch {
    throw attachmentError("unreadableImage");
  }
}
