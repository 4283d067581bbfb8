import sharp, { type Metadata, type OutputInfo, type SharpOptions } from "sharp";
import { attachmentError } from "./attachment-errors.ts";
import { countWebpFrames } from "./count-webp-frames.ts";
import {
  ATTACHMENT_IMAGE_MAX_SIDE,
  ATTACHMENT_IMAGE_TIMEOUT_SECONDS,
  MAX_ATTACHMENT_ANIMATION_PIXELS,
  MAX_ATTACHMENT_FRAMES,
  MAX_ATTACHMENT_IMAGE_SIDE,
  MAX_ATTACHMENT_PIXELS,
} from "./limits.ts";

export interface ReencodedImage {
  bytes: Buffer;
  width: number;
  /** Of one frame. */
  height: number;
  /** 1 for a still image. */
  frames: number;
}

export interface ImageWorkOptions {
  /**
   * Stops the work when it aborts (the person went away), throwing its reason. sharp cannot be
   * interrupted mid-operation: the signal is checked before decoding and after, and the timeout
   * bounds what lies between.
   */
  signal?: AbortSignal;
  /** The re-encoded file may be no larger than this: an animation can grow in re-encoding. */
  maxBytes?: number;
  /** sharp's timeout, whole seconds; ATTACHMENT_IMAGE_TIMEOUT_SECONDS unless a test shortens it. */
  timeoutSeconds?: number;
}

// limitInputPixels makes libvips refuse to decode anything larger even if a header lied to the
// metadata check below (for an animation it counts every frame); failOn "error" refuses corrupt
// data instead of rendering garbage. `animated` keeps every frame of a GIF or WebP animation.
const DECODE_OPTIONS: SharpOptions = { limitInputPixels: MAX_ATTACHMENT_PIXELS, failOn: "error", animated: true };
const WEBP_QUALITY = 82;
// libwebp's effort (0-6, sharp's default 4) for animations: 2 encoded 16 MP of frames twice as
// fast at much the same size and look.
const ANIMATION_EFFORT = 2;
const STILL_EFFORT = 4;

const animationTooLarge = () =>
  attachmentError("animationTooLarge", { maxFrames: MAX_ATTACHMENT_FRAMES, maxMegapixels: MAX_ATTACHMENT_ANIMATION_PIXELS / 1_000_000 });

/**
 * Re-encodes an image as WebP no larger than 2560 px a side; an animation stays animated (every
 * frame scaled alike). Nothing of the original survives: EXIF (GPS position, camera serial) is
 * dropped and a polyglot file's other payload is gone, which is why the original is never kept,
 * even when it is smaller. The header is read first, without decoding: too many pixels or frames
 * are refused there. The decoding is stopped after a few seconds. Throws BAD_INPUT
 * `chat:errors.attachments.*`, or the signal's reason once it aborts.
 */
export async function processAttachmentImage(bytes: Uint8Array, format: string, options: ImageWorkOptions = {}): Promise<ReencodedImage> {
  const { signal } = options;
  signal?.throwIfAborted();
  // Before libvips reads the header: for a WebP that takes the square of the frame count.
  if (format === "webp" && countWebpFrames(bytes, MAX_ATTACHMENT_FRAMES + 1) > MAX_ATTACHMENT_FRAMES) throw animationTooLarge();
  const metadata = await readMetadata(bytes);
  // The sniffed type and the decoder must agree; a file that only starts like a PNG is not one.
  if (metadata.format !== format) throw attachmentError("unsupportedType");
  const frames = checkSize(metadata);
  signal?.throwIfAborted();

  let reencoded: { data: Buffer; info: OutputInfo };
  try {
    reencoded = await sharp(bytes, DECODE_OPTIONS)
      .timeout({ seconds: options.timeoutSeconds ?? ATTACHMENT_IMAGE_TIMEOUT_SECONDS })
      .autoOrient()
      .resize({ width: ATTACHMENT_IMAGE_MAX_SIDE, height: ATTACHMENT_IMAGE_MAX_SIDE, fit: "inside", withoutEnlargement: true })
      .webp({ quality: WEBP_QUALITY, effort: frames > 1 ? ANIMATION_EFFORT : STILL_EFFORT })
      .toBuffer({ resolveWithObject: true });
  } catch (error) {
    // sharp's own words for its timeout ("timeout: 40% complete").
    if (error instanceof Error && /\btimeout\b/i.test(error.message)) throw attachmentError("tooComplex");
    // Truncated or corrupt pixel data only shows up when decoding.
    throw attachmentError("unreadableImage");
  }
  signal?.throwIfAborted();
  const { data, info } = reencoded;
  if (options.maxBytes !== undefined && data.byteLength > options.maxBytes) {
    throw frames > 1 ? animationTooLarge() : attachmentError("tooComplex");
  }
  return { bytes: data, width: info.width, height: info.pageHeight ?? info.height, frames };
}

/** The frame count, once the claimed size is within every limit. */
function checkSize(metadata: Metadata): number {
  const frames = Math.max(1, metadata.pages ?? 1);
  const width = metadata.width;
  // Loaded with every frame, `height` is the frames stacked; `pageHeight` is one frame's.
  const frameHeight = frames > 1 ? (metadata.pageHeight ?? Math.floor(metadata.height / frames)) : metadata.height;
  if (!width || !frameHeight) throw attachmentError("unreadableImage");
  if (width > MAX_ATTACHMENT_IMAGE_SIDE || frameHeight > MAX_ATTACHMENT_IMAGE_SIDE || width * frameHeight > MAX_ATTACHMENT_PIXELS) {
    throw attachmentError("tooManyPixels", { maxMegapixels: MAX_ATTACHMENT_PIXELS / 1_000_000 });
  }
  if (frames > 1 && (frames > MAX_ATTACHMENT_FRAMES || width * frameHeight * frames > MAX_ATTACHMENT_ANIMATION_PIXELS)) {
    throw animationTooLarge();
  }
  return frames;
}

async function readMetadata(bytes: Uint8Array): Promise<Metadata> {
  try {
    // Reads only the header (no pixels are decoded; a GIF's frames are counted, not drawn), so
    // the pixel limit is lifted here to learn the claimed size and refuse it with its own message.
    return await sharp(bytes, { ...DECODE_OPTIONS, limitInputPixels: false }).metadata();
  } catch {
    throw attachmentError("unreadableImage");
  }
}
