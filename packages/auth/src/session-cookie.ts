import type { Db, Tx } from "@hunar/db/client";
import { type CookieOptions, readSessionCookie, serializeBlankSessionCookie, serializeSessionCookie } from "./cookie.ts";
import { authEnv } from "./env.ts";
import { validateSessionToken } from "./session.ts";
import type { Session, SessionUser } from "./session-user.ts";

export type CookieSession =
  { user: SessionUser; session: Session; setCookie: string | null } | { user: null; session: null; setCookie: string | null };

/**
 * Who a request's session cookie signs in: the one reading of the cookie for pages, tRPC, plain
 * Express routes and sockets. `setCookie` is what to answer with, or null: the cookie again when
 * the session slid or must move to the prefixed name, a blank one when the token is dead. Sockets
 * cannot set cookies and ignore it.
 *
 * Under https the cookie is `__Host-hunar_session`. A browser signed in before the prefix still
 * sends `hunar_session`: that cookie is accepted only for a session that existed then (flagged
 * `legacyCookie` by the migration), and is answered with the prefixed cookie, which the browser
 * sends from then on (the old one, shadowed, is cleared once it is read alone with a dead token,
 * as after logging out). Any other unprefixed cookie is refused over https, since it is exactly
 * what the prefix keeps out: one planted by a sibling subdomain or over plain http. Those sessions
 * all end within 90 days (the absolute lifetime), and with them the exception.
 */
export async function sessionFromCookie(
  db: Db | Tx,
  cookieHeader: string | null | undefined,
  opts: CookieOptions & { now?: Date } = {},
): Promise<CookieSession> {
  const cookie = readSessionCookie(cookieHeader);
  if (cookie === null) return { user: null, session: null, setCookie: null };
  const https = opts.https ?? authEnv.cookieHttps;
  const legacy = https && !cookie.prefixed;
  const result = await validateSessionToken(db, cookie.token, { ...(opts.now ? { now: opts.now } : {}), legacyCookie: legacy });
  // Answered under the name it came with (a prefixed cookie stays prefixed even over http).
  const asRead: CookieOptions = { ...opts, https: cookie.prefixed };
  if (result === null) return { user: null, session: null, setCookie: serializeBlankSessionCookie(asRead) };
  const { user, session, renewed } = result;
  if (legacy) return { user, session, setCookie: serializeSessionCookie(cookie.token, session.expiresAt, { ...opts, https: true }) };
  return { user, session, setCookie: renewed ? serializeSessionCookie(cookie.token, session.expiresAt, asRead) : null };
}
