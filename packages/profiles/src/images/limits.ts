// Bounds on profile uploads: checked from the bytes and the header before any pixel is decoded.

export const MAX_UPLOAD_MB = 5;
export const MAX_UPLOAD_BYTES = MAX_UPLOAD_MB * 1024 * 1024;
export const MAX_IMAGE_PIXELS = 40_000_000;
export const MAX_IMAGE_SIDE = 10_000;
/** Each encoding is stopped after this long (sharp's timeout, whole seconds). */
export const IMAGE_TIMEOUT_SECONDS = 5;

/** Square photo sizes: the card's and the profile page's (and twice that for sharp screens). */
export const AVATAR_SIZES = [96, 256] as const;
export const AVATAR_MIN_SIDE = 64;

export const PORTFOLIO_WIDTHS = [480, 1200] as const;
export const PORTFOLIO_MIN_SIDE = 200;
export const MAX_PORTFOLIO_ITEMS = 12;

/** A certificate's image is kept at one readable width. */
export const CERTIFICATE_IMAGE_WIDTH = 1600;
export const CERTIFICATE_MIN_SIDE = 100;
export const MAX_CERTIFICATES = 20;
