// Limits for chat attachments. The byte limit is enforced while the upload streams in, so no
// more than this is ever held in memory or written to disk.

export const MAX_ATTACHMENT_MB = 10;
export const MAX_ATTACHMENT_BYTES = MAX_ATTACHMENT_MB * 1024 * 1024;
export const MAX_ATTACHMENTS_PER_MESSAGE = 5;
/** Shown as the download name only; longer names are cut (keeping the extension). */
export const MAX_FILE_NAME_LENGTH = 120;
/** Pixel-flood guard: a small file that decodes to a huge bitmap is refused before decoding. */
export const MAX_ATTACHMENT_PIXELS = 40_000_000;
export const MAX_ATTACHMENT_IMAGE_SIDE = 10_000;
/**
 * Frames an animated GIF or WebP may have: stickers and short loops fit. Decoding and
 * re-encoding cost grows faster than the frame count, so a tiny file of a hundred thousand
 * one-pixel frames (a frame bomb) is refused from its header, before any frame is decoded.
 */
export const MAX_ATTACHMENT_FRAMES = 100;
/**
 * Pixels of every frame of an animation together (width × height × frames). Lower than a still's
 * limit because encoding an animated WebP costs per pixel of every frame: 16 MP (400 × 400 px ×
 * 100 frames, 480 × 270 px × 100) took 2 s of a 2-core machine, 40 MP 5 s; a 40 MP still, 1.4 s.
 */
export const MAX_ATTACHMENT_ANIMATION_PIXELS = 16_000_000;
/**
 * Image work is stopped after this long (sharp's timeout, whole seconds, from when libvips opens
 * the file): four times the slowest image within the limits above, so only a pathological one
 * (or a server far behind) is cut off.
 */
export const ATTACHMENT_IMAGE_TIMEOUT_SECONDS = 8;
/** Re-encoded images are scaled down to fit this box (never up). */
export const ATTACHMENT_IMAGE_MAX_SIDE = 2560;
/** Uploads on no message are deleted once they are this old; they can no longer be attached. */
export const ATTACHMENT_ORPHAN_MAX_AGE_MS = 24 * 60 * 60 * 1000;
/** Unattached uploads one user may hold at once: stops one account filling the disk. */
export const MAX_PENDING_ATTACHMENTS = 30;
