import { encodeWebp, type EncodedWebp } from "@hunar/core/images/encode-webp";
import type { ImageBounds, RefuseImage } from "@hunar/core/images/image-bounds";
import { imageSlots } from "@hunar/core/images/image-slots";
import { inspectImage } from "@hunar/core/images/inspect-image";
import { fileError } from "./image-errors.ts";
import { IMAGE_TIMEOUT_SECONDS, MAX_IMAGE_PIXELS, MAX_IMAGE_SIDE, MAX_UPLOAD_BYTES, MAX_UPLOAD_MB } from "./limits.ts";
import { sniffFileType } from "./sniff-file-type.ts";

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
  /** Whose image it is: the one cap per person on images in processing, shared with every feature. */
  userId: string;
  field: string;
  signal?: AbortSignal | undefined;
}

// A profile image is a still: any animation is refused (maxFrames 1), from the WebP chunks or the
// header, before a frame is decoded.
const PROFILE_IMAGE_BOUNDS: ImageBounds = {
  maxPixels: MAX_IMAGE_PIXELS,
  maxSide: MAX_IMAGE_SIDE,
  maxFrames: 1,
  maxAnimationPixels: MAX_IMAGE_PIXELS,
  keepAnimation: false,
};
const WEBP_QUALITY = 80;

/**
 * Checks an uploaded image from its bytes and header (@hunar/core/images), then re-encodes it to
 * WebP in each size: nothing of the original survives (EXIF with its GPS position, a polyglot's
 * other payload). At most two of one person's images are in processing at once, across every
 * feature (`busy`). Throws BAD_INPUT `profiles:errors.file.*` on `field`, or the signal's reason.
 */
export async function processProfileImage(bytes: Uint8Array, recipe: ImageRecipe, options: ProcessOptions): Promise<EncodedVariant[]> {
  const { field, signal } = options;
  signal?.throwIfAborted();
  checkBytes(bytes, field);
  const type = sniffFileType(bytes);
  if (type === null || type === "pdf") throw fileError(field, "unsupportedType");
  const refuse: RefuseImage = (reason, params) => fileError(field, reason === "animationTooLarge" ? "animated" : reason, params);
  return imageSlots.run(
    options.userId,
    async () => {
      const image = await inspectImage(bytes, type, PROFILE_IMAGE_BOUNDS, refuse);
      if (image.width < recipe.minSide || image.height < recipe.minSide) throw fileError(field, "tooSmall", { min: recipe.minSide });
      const variants: EncodedVariant[] = [];
      for (const size of recipe.sizes) {
        signal?.throwIfAborted();
        const encoded = await encodeWebp(
          image,
          {
            // A photo is cropped to its most interesting square; other images keep their shape. Never upscaled.
            resize: recipe.square
              ? { width: size, height: size, fit: "cover", position: "attention" }
              : { width: size, withoutEnlargement: true },
            quality: WEBP_QUALITY,
            timeoutSeconds: IMAGE_TIMEOUT_SECONDS,
            maxBytes: MAX_UPLOAD_BYTES,
          },
          refuse,
        );
        variants.push(variantOf(size, encoded));
      }
      signal?.throwIfAborted();
      return variants;
    },
    () => fileError(field, "busy"),
  );
}

const variantOf = (size: number, encoded: EncodedWebp): EncodedVariant => ({
  size,
  bytes: encoded.bytes,
  width: encoded.width,
  height: encoded.height,
});

export function checkBytes(bytes: Uint8Array, field: string): void {
  if (bytes.length === 0) throw fileError(field, "empty");
  if (bytes.length > MAX_UPLOAD_BYTES) throw fileError(field, "tooLarge", { maxMb: MAX_UPLOAD_MB });
}
