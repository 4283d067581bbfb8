const DAY_MS = 24 * 60 * 60 * 1000;

export const SESSION_DURATION_MS = 30 * DAY_MS;
/** Active sessions slide forward once less than half of their life remains. */
export const SESSION_RENEW_THRESHOLD_MS = 15 * DAY_MS;

export function sessionExpiresAt(now: Date): Date {
  return new Date(now.getTime() + SESSION_DURATION_MS);
}

export type SessionState = "expired" | "renew" | "fresh";

/**
 * Renewing only in the second half keeps most requests read-only while a session that is used at
 * least every 15 days never expires; an unused one dies after 30.
 */
export function sessionState(expiresAt: Date, now: Date): SessionState {
  const remaining = expiresAt.getTime() - now.getTime();
  if (remaining <= 0) return "expired";
  if (remaining < SESSION_RENEW_THRESHOLD_MS) return "renew";
  return "fresh";
}
