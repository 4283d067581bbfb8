import type { Db } from "@hunar/db/client";
import type { AccountMail } from "@hunar/notifications/account-mail";
import type { PasswordHashingOptions } from "./password.ts";
import type { AuthLimiter } from "./rate-limit.ts";

export interface AuthDeps {
  db: Db;
  limiter: AuthLimiter;
  /** Tests pass FAST_TEST_HASHING; production leaves it unset (OWASP parameters). */
  passwordHashing?: PasswordHashingOptions;
}

/** What sending an account e-mail (a verification or reset link) needs. */
export interface AccountMailDeps {
  /** The process's (defaultAccountMail from @hunar/notifications), or a test's. */
  mail: AccountMail;
  /**
   * The origin links in e-mails point at: the site's configured public origin, never one taken
   * from the request's Host header (anyone can send any Host, and a reset link pointing at their
   * site would hand them the token).
   */
  siteOrigin: string;
}

export type AuthMailDeps = AuthDeps & AccountMailDeps;

export interface RequestMeta {
  ip: string;
  userAgent?: string | null;
  now?: Date;
}
