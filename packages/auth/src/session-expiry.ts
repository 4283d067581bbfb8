const DAY_MS = 24 * 60 * 60 * 1000;

/** Idle lifetime: a session unused for this long ends. */
export const SESSION_DURATION_MS = 30 * DAY_MS;
/** Active sessions slide forward once less than half of their idle life remains. */
export const SESSION_RENEW_THRESHOLD_MS = 15 * DAY_MS;
/**
 * Absolute lifetime: however often it is used, a session ends this long after it was created and
 * its user logs in again. It caps how long a stolen cookie stays useful.
 */
export const SESSION_MAX_AGE_MS = 90 * DAY_MS;

/** When and until when a session was granted, as stored. */
export interface SessionTimes {
  createdAt: Date;
  expiresAt: Date;
}

/** The absolute end of a session created at `createdAt`. */
export function sessionEndsAt(createdAt: Date): Date {
  return new Date(createdAt.getTime() + SESSION_MAX_AGE_MS);
}

/**
 * The idle expiry a session gets when created or slid at `now`: 30 days on, but never past its
 * absolute end (so neither the row nor the cookie outlives it).
 */
export function sessionExpiresAt(createdAt: Date, now: Date): Date {
  return new Date(Math.min(now.getTime() + SESSION_DURATION_MS, sessionEndsAt(createdAt).getTime()));
}

export type SessionState = "expired" | "renew" | "fresh";

/**
 * Renewing only in the second half keeps most requests read-only; an unused session dies after 30
 * days and a used one at its absolute end, 90 days after it was created. Near that end there is
 * nothing left to slide: once the expiry has reached it, the session stays "fresh" (no write)
 * until it expires.
 */
export function sessionState(session: SessionTimes, now: Date): SessionState {
  const remaining = session.expiresAt.getTime() - now.getTime();
  if (remaining <= 0 || now.getTime() >= sessionEndsAt(session.createdAt).getTime()) return "expired";
  if (remaining < SESSION_RENEW_THRESHOLD_MS && sessionExpiresAt(session.createdAt, now).getTime() > session.expiresAt.getTime()) {
    return "renew";
  }
  return "fresh";
}
