import type { Db, Tx } from "@hunar/db/client";
import { activeUserSelect, isActiveUser, withoutActiveUserFields } from "./active-user.ts";
import { SESSION_MAX_AGE_MS, sessionExpiresAt, sessionState } from "./session-expiry.ts";
import { generateSessionToken, sessionIdFromToken } from "./session-token.ts";
import { type Session, type SessionUser, sessionSelect, sessionUserSelect } from "./session-user.ts";

export { SESSION_DURATION_MS, SESSION_MAX_AGE_MS, SESSION_RENEW_THRESHOLD_MS } from "./session-expiry.ts";
export { generateSessionToken, sessionIdFromToken } from "./session-token.ts";
export type { Session, SessionUser } from "./session-user.ts";

export interface SessionMeta {
  ip?: string | null;
  userAgent?: string | null;
  now?: Date;
}

export interface SessionSummary {
  id: string;
  createdAt: Date;
  expiresAt: Date;
  userAgent: string | null;
  ip: string | null;
}

const USER_AGENT_MAX = 256;

/** Starts a session with a fresh token; the token goes to the cookie and is never stored. */
export async function createSession(db: Db | Tx, userId: string, meta: SessionMeta = {}): Promise<{ token: string; session: Session }> {
  const token = generateSessionToken();
  const now = meta.now ?? new Date();
  const session = await db.session.create({
    data: {
      id: sessionIdFromToken(token),
      userId,
      createdAt: now,
      expiresAt: sessionExpiresAt(now, now),
      ip: meta.ip || null,
      userAgent: meta.userAgent ? meta.userAgent.slice(0, USER_AGENT_MAX) : null,
    },
    select: sessionSelect,
  });
  return { token, session };
}

/**
 * Looks the token's session up; deletes it when expired (idle for 30 days, or 90 days old however
 * much it was used), slides it when in its second half. `renewed` tells the caller to send the
 * cookie again with the new expiry.
 *
 * `legacyCookie`: the token came in the unprefixed cookie although the site is on https. Only a
 * session that existed before the cookie took its `__Host-` prefix may be reached that way (its
 * browser still has the old cookie); any other is refused, untouched, since that cookie was not set
 * by us (see session-cookie.ts).
 */
export async function validateSessionToken(
  db: Db | Tx,
  token: string,
  opts: { now?: Date; legacyCookie?: boolean } = {},
): Promise<{ session: Session; user: SessionUser; renewed: boolean } | null> {
  const now = opts.now ?? new Date();
  const row = await db.session.findUnique({
    where: { id: sessionIdFromToken(token) },
    select: { ...sessionSelect, legacyCookie: true, user: { select: { ...sessionUserSelect, ...activeUserSelect } } },
  });
  if (row === null) return null;
  const { user, legacyCookie, ...session } = row;
  if (opts.legacyCookie && !legacyCookie) return null;
  const state = sessionState(session, now);
  if (state === "expired" || !isActiveUser(user)) {
    await db.session.deleteMany({ where: { id: session.id } });
    return null;
  }
  const sessionUser = withoutActiveUserFields(user);
  if (state === "fresh") return { session, user: sessionUser, renewed: false };
  const expiresAt = sessionExpiresAt(session.createdAt, now);
  // deleteMany/updateMany: a concurrent logout may have removed the row; that is not an error.
  const { count } = await db.session.updateMany({ where: { id: session.id }, data: { expiresAt } });
  if (count === 0) return null;
  return { session: { ...session, expiresAt }, user: sessionUser, renewed: true };
}

export async function invalidateSession(db: Db | Tx, sessionId: string): Promise<void> {
  await db.session.deleteMany({ where: { id: sessionId } });
}

export async function invalidateUserSessions(db: Db | Tx, userId: string, opts: { exceptSessionId?: string } = {}): Promise<void> {
  await db.session.deleteMany({
    where: { userId, ...(opts.exceptSessionId ? { id: { not: opts.exceptSessionId } } : {}) },
  });
}

/** The user's live sessions, newest first, for the "where you're signed in" list. */
export async function listUserSessions(db: Db | Tx, userId: string, opts: { now?: Date } = {}): Promise<SessionSummary[]> {
  const now = opts.now ?? new Date();
  return db.session.findMany({
    // Past either end (idle or absolute), a session is dead even before anyone deletes its row.
    where: { userId, expiresAt: { gt: now }, createdAt: { gt: new Date(now.getTime() - SESSION_MAX_AGE_MS) } },
    orderBy: { createdAt: "desc" },
    select: { id: true, createdAt: true, expiresAt: true, userAgent: true, ip: true },
  });
}
