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
/** Re-encoded images are scaled down to fit this box (never up). */
export const ATTACHMENT_IMAGE_MAX_SIDE = 2560;
/** Uploads on no message are deleted once they are this old; they can no longer be attached. */
export const ATTACHMENT_ORPHAN_MAX_AGE_MS = 24 * 60 * 60 * 1000;
/** Unattached uploads one user may hold at once: stops one account filling the disk. */
export const MAX_PENDING_ATTACHMENTS = 30;
