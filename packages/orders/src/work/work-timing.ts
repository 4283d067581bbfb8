// The clocks of an order's work, in one module that pages can import without server code.

/** A delivered order completes by itself this long after the delivery unless the client replies. */
export const AUTO_COMPLETE_DAYS = 3;

/** Both sides may review each other for this long after completion; then all reviews show. */
export const REVIEW_WINDOW_DAYS = 10;
