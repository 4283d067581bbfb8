// Limits for gig images. The byte limit is checked before any decoding; the pixel limits stop
// "pixel floods" (a small file that claims or decompresses to a huge bitmap) before sharp
// allocates memory for them.

export const MAX_IMAGE_MB = 5;
export const MAX_IMAGE_BYTES = MAX_IMAGE_MB * 1024 * 1024;
/** Of the image, or of every frame together for an animated WebP. */
export const MAX_IMAGE_PIXELS = 40_000_000;
export const MAX_IMAGE_SIDE = 10_000;
/**
 * Frames an animated WebP may have (a listing keeps only its first frame). The whole file is
 * bounded from its header, whatever part of it is decoded: a tiny file of a hundred thousand
 * one-pixel frames (a frame bomb) is refused before any frame is decoded.
 */
export const MAX_IMAGE_FRAMES = 100;
/**
 * Each variant's encoding is stopped after this long (sharp's timeout, whole seconds, from when
 * libvips opens the file): the largest image within the limits takes well under a second.
 */
export const IMAGE_TIMEOUT_SECONDS = 5;
/** Smaller than this cannot fill a thumbnail without looking broken. */
export const MIN_IMAGE_SIDE = 100;

export const MAX_GIG_IMAGES = 5;
/** Uploads a user may have that are on no gig yet: enough for a form re-posted a few times. */
export const MAX_PENDING_UPLOADS = 20;

/** Stored widths; an image narrower than a width is stored at its own width, never upscaled. */
export const GIG_IMAGE_WIDTHS = { thumbnail: 400, display: 1200 } as const;
export const GIG_IMAGE_VARIANT_WIDTHS: readonly number[] = [GIG_IMAGE_WIDTHS.thumbnail, GIG_IMAGE_WIDTHS.display];

/** Uploads on no gig and no pending revision are deleted once they are this old. */
export const ORPHAN_MAX_AGE_MS = 24 * 60 * 60 * 1000;
