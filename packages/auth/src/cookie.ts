import { authEnv } from "./env.ts";

export const SESSION_COOKIE = "hunar_session";

interface CookieOptions {
  /** Defaults to authEnv.cookieSecure (Secure everywhere but development). */
  secure?: boolean;
}

function attributes(opts: CookieOptions): string {
  const secure = opts.secure ?? authEnv.cookieSecure;
  // Lax (not Strict) so following a link to Hunar from elsewhere arrives signed in; the Origin
  // check, not SameSite, is what stops cross-site mutations.
  return `HttpOnly; SameSite=Lax; Path=/${secure ? "; Secure" : ""}`;
}

export function serializeSessionCookie(token: string, expiresAt: Date, opts: CookieOptions = {}): string {
  const maxAge = Math.max(0, Math.floor((expiresAt.getTime() - Date.now()) / 1000));
  return `${SESSION_COOKIE}=${token}; ${attributes(opts)}; Expires=${expiresAt.toUTCString()}; Max-Age=${maxAge}`;
}

export function serializeBlankSessionCookie(opts: CookieOptions = {}): string {
  return `${SESSION_COOKIE}=; ${attributes(opts)}; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0`;
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

/** The session token from a Cookie request header, or null when absent or malformed. */
export function readSessionToken(cookieHeader: string | null | undefined): string | null {
  const value = readCookie(cookieHeader, SESSION_COOKIE);
  // Tokens are base32 lower-case; anything else is not ours and is not worth a database lookup.
  return value !== null && /^[a-z2-7]{16,64}$/.test(value) ? value : null;
}
