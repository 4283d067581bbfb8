import { authEnv } from "./env.ts";

/** The session cookie's name over plain http (local demo, tests), and its name before the prefix. */
export const SESSION_COOKIE = "hunar_session";
/**
 * Its name under https. Browsers keep a `__Host-` cookie only if it is Secure, has Path=/ and no
 * Domain, and was set over https by this very host: no sibling subdomain and no plain-http page
 * can plant or overwrite it.
 */
export const HOST_SESSION_COOKIE = "__Host-hunar_session";

export interface CookieOptions {
  /**
   * The site is served over https: the cookie is `__Host-hunar_session`, always Secure. Defaults to
   * authEnv.cookieHttps (an https PUBLIC_ORIGIN, unless COOKIE_SECURE=false).
   */
  https?: boolean;
  /** The unprefixed cookie's Secure attribute; defaults to authEnv.cookieSecure (Secure everywhere but development). */
  secure?: boolean;
}

/** The one place that names the session cookie: every writer and reader goes through it. */
export function sessionCookieName(https: boolean = authEnv.cookieHttps): string {
  return https ? HOST_SESSION_COOKIE : SESSION_COOKIE;
}

function attributes(https: boolean, opts: CookieOptions): string {
  const secure = https || (opts.secure ?? authEnv.cookieSecure);
  // Lax (not Strict) so following a link to Hunar from elsewhere arrives signed in; the Origin
  // check, not SameSite, is what stops cross-site mutations. Path=/ and no Domain, as __Host- needs.
  return `HttpOnly; SameSite=Lax; Path=/${secure ? "; Secure" : ""}`;
}

export function serializeSessionCookie(token: string, expiresAt: Date, opts: CookieOptions = {}): string {
  const https = opts.https ?? authEnv.cookieHttps;
  const maxAge = Math.max(0, Math.floor((expiresAt.getTime() - Date.now()) / 1000));
  return `${sessionCookieName(https)}=${token}; ${attributes(https, opts)}; Expires=${expiresAt.toUTCString()}; Max-Age=${maxAge}`;
}

export function serializeBlankSessionCookie(opts: CookieOptions = {}): string {
  const https = opts.https ?? authEnv.cookieHttps;
  return `${sessionCookieName(https)}=; ${attributes(https, opts)}; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0`;
}

/** One cookie's raw value from a Cookie request header (the first one of that name). */
export function readCookie(cookieHeader: string | null | undefined, name: string): string | null {
  if (!cookieHeader) return null;
  for (const pair of cookieHeader.split(";")) {
    const eq = pair.indexOf("=");
    if (eq === -1 || pair.slice(0, eq).trim() !== name) continue;
    return pair.slice(eq + 1).trim();
  }
  return null;
}

export interface SessionCookie {
  token: string;
  /** Read from `__Host-hunar_session` (else from `hunar_session`). */
  prefixed: boolean;
}

// Tokens are base32 lower-case; anything else is not ours and is not worth a database lookup.
const wellFormed = (value: string | null): value is string => value !== null && /^[a-z2-7]{16,64}$/.test(value);

/**
 * The session token from a Cookie request header, or null when absent or malformed. The prefixed
 * cookie comes first and is taken whatever the site's scheme: only this host over https can have
 * set it. Whether an unprefixed one may be used under https is for sessionFromCookie to decide.
 */
export function readSessionCookie(cookieHeader: string | null | undefined): SessionCookie | null {
  const prefixed = readCookie(cookieHeader, HOST_SESSION_COOKIE);
  if (wellFormed(prefixed)) return { token: prefixed, prefixed: true };
  const plain = readCookie(cookieHeader, SESSION_COOKIE);
  return wellFormed(plain) ? { token: plain, prefixed: false } : null;
}
