// Lengths the work's forms allow, in a module pages can import without the validation code.

export const DELIVERY_MESSAGE_MAX = 5_000;
export const REVISION_REASON_MAX = 2_000;
