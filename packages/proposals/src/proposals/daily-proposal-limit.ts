// Bidding is free, so nothing but a cap stops one account from spraying every job with copies of
// one letter. Thirty a day is far more than a careful freelancer writes, and costs nobody money.
export const DAILY_PROPOSAL_LIMIT = 30;
export const DAILY_PROPOSAL_WINDOW_MS = 24 * 60 * 60 * 1000;
