import { imageSlots } from "@hunar/core/images/image-slots";
import type { UploadStorage } from "@hunar/core/upload-storage";
import type { Db, Tx } from "@hunar/db/types";
import { gigImageSources, newGigImageKey, variantStorageKey } from "./gig-image-urls.ts";
import { DEFAULT_IMAGE_FIELD, imageError } from "./image-errors.ts";
import { MAX_PENDING_UPLOADS, ORPHAN_MAX_AGE_MS } from "./limits.ts";
import { processImage } from "./process-image.ts";

export interface UploadedGigImage {
  id: string;
  storageKey: string;
  width: number;
  height: number;
  byteSize: number;
  variantWidths: number[];
  /** For showing the upload back in the form before the gig is saved. */
  thumbnailUrl: string;
}

export interface UploadGigImageInput {
  uploaderId: string;
  bytes: Uint8Array;
  /** The form field errors are reported on. */
  field?: string;
  now?: Date;
  /**
   * The request's: once it aborts (the person went away) the work stops at the next check and
   * nothing is stored; the signal's reason is thrown.
   */
  signal?: AbortSignal;
}

const WEBP = "image/webp";

/**
 * Validates, re-encodes and stores an image for `uploaderId`, pending until a gig names it
 * (attachGigImages). Bad input throws BAD_INPUT and stores nothing; if the database insert fails
 * after the files were written, the files are removed again. At most two of
 * one person's images are processed at once, whatever they are for (the one cap of
 * `@hunar/core/images/image-slots`; `busy` beyond it), and an aborted `signal` stops the work and
 * stores nothing.
 */
export async function uploadGigImage(db: Db | Tx, storage: UploadStorage, input: UploadGigImageInput): Promise<UploadedGigImage> {
  const field = input.field ?? DEFAULT_IMAGE_FIELD;
  const now = input.now ?? new Date();
  const { signal } = input;
  signal?.throwIfAborted();
  // A soft cap (two concurrent uploads may both pass) that stops one account filling the disk
  // with images it never uses; older orphans are deleted by the cleanup anyway.
  const pending = await db.gigImage.count({
    where: {
      uploaderId: input.uploaderId,
      gigId: null,
      revisionId: null,
      createdAt: { gt: new Date(now.getTime() - ORPHAN_MAX_AGE_MS) },
    },
  });
  if (pending >= MAX_PENDING_UPLOADS) throw imageError(field, "tooManyPending", { max: MAX_PENDING_UPLOADS });

  const processed = await imageSlots.run(
    input.uploaderId,
    () => processImage(input.bytes, { field, signal }),
    () => imageError(field, "busy"),
  );
  // Whatever the work cost, images nobody is waiting for are not stored.
  signal?.throwIfAborted();
  const storageKey = newGigImageKey();
  const written: string[] = [];
  try {
    for (const variant of processed.variants) {
      const key = variantStorageKey(storageKey, variant.width);
      await storage.put(key, variant.bytes);
      written.push(key);
    }
    const largest = processed.variants.at(-1);
    const image = await db.gigImage.create({
      data: {
        uploaderId: input.uploaderId,
        storageKey,
        mimeType: WEBP,
        width: processed.width,
        height: processed.height,
        byteSize: largest?.bytes.length ?? 0,
        variantWidths: processed.variants.map((variant) => variant.width),
        createdAt: now,
      },
      select: { id: true, storageKey: true, width: true, height: true, byteSize: true, variantWidths: true },
    });
    return { ...image, thumbnailUrl: gigImageSources(image).src };
  } catch (error) {
    await Promise.all(written.map((key) => storage.delete(key).catch(() => undefined)));
    throw error;
  }
}
