// Limits for gig images. The byte limit is checked before any decoding; the pixel limits stop
// "pixel floods" (a small file that claims or decompresses to a huge bitmap) before sharp
// allocates memory for them.

export const MAX_IMAGE_MB = 5;
export const MAX_IMAGE_BYTES = MAX_IMAGE_MB * 1024 * 1024;
export const MAX_IMAGE_PIXELS = 40_000_000;
export const MAX_IMAGE_SIDE = 10_000;
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
