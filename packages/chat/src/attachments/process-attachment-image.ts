import type { MessageParams } from "@hunar/core/app-error";
import { encodeWebp, type EncodedWebp } from "@hunar/core/images/encode-webp";
import type { ImageBounds, ImageRefusal } from "@hunar/core/images/image-bounds";
import { inspectImage } from "@hunar/core/images/inspect-image";
import { attachmentError } from "./attachment-errors.ts";
import {
  ATTACHMENT_IMAGE_MAX_SIDE,
  ATTACHMENT_IMAGE_TIMEOUT_SECONDS,
  MAX_ATTACHMENT_ANIMATION_PIXELS,
  MAX_ATTACHMENT_FRAMES,
  MAX_ATTACHMENT_IMAGE_SIDE,
  MAX_ATTACHMENT_PIXELS,
} from "./limits.ts";

export type ReencodedImage = EncodedWebp;

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

/** Chat's bounds (and order files', which are checked the same way): animations stay animated. */
const ATTACHMENT_IMAGE_BOUNDS: ImageBounds = {
  maxPixels: MAX_ATTACHMENT_PIXELS,
  maxSide: MAX_ATTACHMENT_IMAGE_SIDE,
  maxFrames: MAX_ATTACHMENT_FRAMES,
  maxAnimationPixels: MAX_ATTACHMENT_ANIMATION_PIXELS,
  keepAnimation: true,
};
const WEBP_QUALITY = 82;
// libwebp's effort (0-6, sharp's default 4) for animations: 2 encoded 16 MP of frames twice as
// fast at much the same size and look.
const ANIMATION_EFFORT = 2;
const STILL_EFFORT = 4;

/** The core's refusals in chat's words: a side too long is too many pixels here. */
function refuse(reason: ImageRefusal, params?: MessageParams) {
  if (reason === "tooWide") return attachmentError("tooManyPixels", { maxMegapixels: MAX_ATTACHMENT_PIXELS / 1_000_000 });
  return attachmentError(reason === "unreadable" ? "unreadableImage" : reason, params);
}

/**
 * Re-encodes an image as WebP no larger than 2560 px a side; an animation stays animated (every
 * frame scaled alike). Nothing of the original survives (encodeWebp), which is why the original
 * is never kept, even when it is smaller. The header is read first, without decoding: too many
 * pixels or frames are refused there (inspectImage). The decoding is stopped after a few seconds.
 * Throws BAD_INPUT `chat:errors.attachments.*`, or the signal's reason once it aborts.
 */
export async function processAttachmentImage(bytes: Uint8Array, format: string, options: ImageWorkOptions = {}): Promise<ReencodedImage> {
  const { signal } = options;
  signal?.throwIfAborted();
  const image = await inspectImage(bytes, format, ATTACHMENT_IMAGE_BOUNDS, refuse);
  signal?.throwIfAborted();
  const encoded = await encodeWebp(
    image,
    {
      resize: { width: ATTACHMENT_IMAGE_MAX_SIDE, height: ATTACHMENT_IMAGE_MAX_SIDE, fit: "inside", withoutEnlargement: true },
      quality: WEBP_QUALITY,
      effort: image.decodedFrames > 1 ? ANIMATION_EFFORT : STILL_EFFORT,
      timeoutSeconds: options.timeoutSeconds ?? ATTACHMENT_IMAGE_TIMEOUT_SECONDS,
      ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }),
    },
    refuse,
  );
  signal?.throwIfAborted();
  return encoded;
}
