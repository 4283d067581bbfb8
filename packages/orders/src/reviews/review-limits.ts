// Plain numbers without the validation library, so browser code (a textarea's maxLength) can
// import them without bundling zod.
export const REVIEW_COMMENT_MAX = 2_000;
export const REVIEW_REPLY_MAX = 1_000;
export const RATING_MIN = 1;
export const RATING_MAX = 5;
