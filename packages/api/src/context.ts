import type { IncomingHttpHeaders } from "node:http";
import { readCookie } from "@hunar/auth/cookie";
import { authEnv } from "@hunar/auth/env";
import { requestOrigins } from "@hunar/auth/origin";
import type { PasswordHashingOptions } from "@hunar/auth/password";
import type { AuthLimiter } from "@hunar/auth/rate-limit";
import type { Session, SessionUser } from "@hunar/auth/session";
import { sessionFromCookie } from "@hunar/auth/session-cookie";
import type { Db } from "@hunar/db/client";
import type { AccountMail } from "@hunar/notifications/account-mail";
import { defaultAccountMail } from "@hunar/notifications/default-account-mail";
import { LOCALE_COOKIE, type Locale } from "@hunar/i18n/config";
import { negotiateLocale } from "@hunar/i18n/negotiate";
import { ContextError } from "./errors.ts";
import { consoleLogger, type Logger } from "./logger.ts";

/** Where the response's headers go: a fetch `Headers`, or a wrapper over Express's `res.append`. */
export interface HeaderSink {
  append(name: string, value: string): void;
}

/** Closes live sockets when sessions end; the web server backs it with socket.io rooms. */
export interface SessionSockets {
  disconnectSession(sessionId: string): void;
  disconnectUser(userId: string): void;
}

const noSockets: SessionSockets = { disconnectSession: () => undefined, disconnectUser: () => undefined };

export interface CreateContextOptions {
  db: Db;
  /** Default: none (callers without live sockets, such as tests and scripts). */
  realtime?: SessionSockets;
  limiter: AuthLimiter;
  req: { headers: Headers | IncomingHttpHeaders; ip: string };
  resHeaders: HeaderSink;
  /** Default: ALLOWED_ORIGINS from the environment, else the request's own origin. */
  allowedOrigins?: readonly string[];
  /** Tests only: cheap argon2 parameters. */
  passwordHashing?: PasswordHashingOptions;
  /** Verification and password-reset e-mails. Default: this process's (SMTP_URL). */
  accountMail?: AccountMail;
  /**
   * Where links in those e-mails point. Default: the first configured allowed origin, then
   * PUBLIC_ORIGIN, never the request's own Host (which anyone can set).
   */
  siteOrigin?: string;
  logger?: Logger;
  /** Tests only: the clock used for session expiry. */
  now?: Date;
}

export interface Context {
  db: Db;
  realtime: SessionSockets;
  limiter: AuthLimiter;
  headers: Headers;
  ip: string;
  resHeaders: HeaderSink;
  allowedOrigins: readonly string[];
  passwordHashing: PasswordHashingOptions | undefined;
  accountMail: AccountMail;
  siteOrigin: string;
  logger: Logger;
  user: SessionUser | null;
  session: Session | null;
  locale: Locale;
}

/**
 * Per-request context: who is signed in (from the session cookie) and in which language to answer.
 * A session that slid gets its cookie re-sent with the new expiry (one still under the pre-prefix
 * name gets the new one); an unknown or expired token gets a blank cookie so the browser stops
 * sending it.
 */
export async function createContext(opts: CreateContextOptions): Promise<Context> {
  const headers = toHeaders(opts.req.headers);
  const cookieHeader = headers.get("cookie");
  const auth = await lookUpSession(opts, cookieHeader, headers);
  if (auth.setCookie) opts.resHeaders.append("Set-Cookie", auth.setCookie);

  const configuredOrigins = opts.allowedOrigins ?? authEnv.ALLOWED_ORIGINS;
  return {
    db: opts.db,
    realtime: opts.realtime ?? noSockets,
    limiter: opts.limiter,
    headers,
    ip: opts.req.ip,
    resHeaders: opts.resHeaders,
    allowedOrigins: configuredOrigins.length > 0 ? configuredOrigins : requestOrigins(headers),
    passwordHashing: opts.passwordHashing,
    accountMail: opts.accountMail ?? defaultAccountMail(),
    siteOrigin: siteOriginOf(opts),
    logger: opts.logger ?? consoleLogger,
    user: auth.user,
    session: auth.session,
    locale: negotiateLocale({
      cookie: readCookie(cookieHeader, LOCALE_COOKIE),
      userSetting: auth.user?.preferredLocale,
      acceptLanguage: headers.get("accept-language"),
    }),
  };
}

async function lookUpSession(opts: CreateContextOptions, cookieHeader: string | null, headers: Headers) {
  try {
    return await sessionFromCookie(opts.db, cookieHeader, opts.now ? { now: opts.now } : {});
  } catch (error) {
    // Without a context the error formatter cannot know the language; carry it along.
    const locale = negotiateLocale({
      cookie: readCookie(headers.get("cookie"), LOCALE_COOKIE),
      acceptLanguage: headers.get("accept-language"),
    });
    throw new ContextError(locale, error);
  }
}

// Only for a context made outside the web server with nothing configured (scripts, tests).
const LOCAL_ORIGIN = "http://localhost:3000";

function siteOriginOf(opts: CreateContextOptions): string {
  return opts.siteOrigin ?? opts.allowedOrigins?.[0] ?? authEnv.PUBLIC_ORIGIN[0] ?? authEnv.ALLOWED_ORIGINS[0] ?? LOCAL_ORIGIN;
}

function toHeaders(source: Headers | IncomingHttpHeaders): Headers {
  if (source instanceof Headers) return source;
  const headers = new Headers();
  for (const [name, value] of Object.entries(source)) {
    // HTTP/2 pseudo-headers (":path") are not valid header names for Headers.
    if (value === undefined || name.startsWith(":")) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  return headers;
}
