// Limits for delivery files. Finished work (print-ready designs, decks, archives) runs larger
// than a chat attachment, so a file may be bigger than chat's 10 MB; the whole form is capped so
// one delivery never holds more than this in memory while it streams in.

/** Files one delivery may carry. */
export const MAX_DELIVERY_FILES = 10;
export const MAX_DELIVERY_FILE_MB = 25;
export const MAX_DELIVERY_FILE_BYTES = MAX_DELIVERY_FILE_MB * 1024 * 1024;
export const MAX_DELIVERY_TOTAL_MB = 60;
export const MAX_DELIVERY_TOTAL_BYTES = MAX_DELIVERY_TOTAL_MB * 1024 * 1024;
/** Stored but not yet delivered files one freelancer may hold within a day: stops one account filling the disk. */
export const MAX_PENDING_DELIVERY_FILES = 30;
