import { SESSION_COOKIE } from "@hunar/auth/cookie";
import { FAST_TEST_HASHING } from "@hunar/auth/password";
import type { AuthLimiter } from "@hunar/auth/rate-limit";
import { type RecordedAccountMail, recordingAccountMail, TEST_SITE_ORIGIN } from "@hunar/auth/testing/account-mail";
import type { Db } from "@hunar/db/client";
import { createContext, type SessionSockets } from "../context.ts";
import type { Logger } from "../logger.ts";
import { type AppRouterCaller, createCaller } from "../root.ts";

export const TEST_ORIGIN = "http://localhost:3000";
export { TEST_SITE_ORIGIN };

export interface BrowserOptions {
  ip?: string;
  /** Header value; null sends no Origin at all. */
  origin?: string | null;
  acceptLanguage?: string;
  userAgent?: string;
  logger?: Logger;
  /** The server's socket control, to see which sessions' sockets a call closes; default none. */
  realtime?: SessionSockets;
}

/**
 * A browser for integration tests: it keeps the session cookie the server sets (and clears) and
 * calls procedures through the real context and middleware, as route actions do.
 */
export class TestBrowser {
  token: string | null = null;
  /** Set-Cookie headers of the last call. */
  setCookies: string[] = [];
  /** The account e-mails (verification, reset links) this browser's calls sent. */
  readonly mail: RecordedAccountMail = recordingAccountMail();

  constructor(
    private readonly db: Db,
    private readonly limiter: AuthLimiter,
    private readonly options: BrowserOptions = {},
  ) {}

  async call<T>(run: (caller: AppRouterCaller) => Promise<T>, overrides: BrowserOptions & { now?: Date } = {}): Promise<T> {
    const options = { ...this.options, ...overrides };
    const headers = new Headers({ host: "localhost:3000", "user-agent": options.userAgent ?? "TestBrowser/1.0" });
    const origin = options.origin === undefined ? TEST_ORIGIN : options.origin;
    if (origin !== null) headers.set("origin", origin);
    if (options.acceptLanguage) headers.set("accept-language", options.acceptLanguage);
    if (this.token) headers.set("cookie", `${SESSION_COOKIE}=${this.token}`);
    const resHeaders = new Headers();
    try {
      const ctx = await createContext({
        db: this.db,
        limiter: this.limiter,
        req: { headers, ip: options.ip ?? "198.51.100.20" },
        resHeaders,
        passwordHashing: FAST_TEST_HASHING,
        accountMail: this.mail,
        siteOrigin: TEST_SITE_ORIGIN,
        ...(options.logger ? { logger: options.logger } : {}),
        ...(options.realtime ? { realtime: options.realtime } : {}),
        ...(overrides.now ? { now: overrides.now } : {}),
      });
      return await run(createCaller(ctx));
    } finally {
      this.setCookies = resHeaders.getSetCookie();
      this.applyCookies();
    }
  }

  /** Opens the verification link this browser's sign-up mailed to `email`, as its owner would. */
  async verifyEmailFromMail(email: string): Promise<void> {
    await this.mail.idle();
    const token = this.mail.tokenSentTo(email, "/confirm-email");
    await this.call((api) => api.auth.verifyEmail({ token }));
  }

  private applyCookies(): void {
    for (const cookie of this.setCookies) {
      const [pair = ""] = cookie.split(";");
      const [name, value = ""] = pair.split("=");
      if (name !== SESSION_COOKIE) continue;
      this.token = value === "" || /Max-Age=0/.test(cookie) ? null : value;
    }
  }
}

/** The error a call rejected with, for assertions. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to fail");
}
