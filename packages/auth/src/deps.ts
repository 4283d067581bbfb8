import type { Db } from "@hunar/db/client";
import type { PasswordHashingOptions } from "./password.ts";
import type { AuthLimiter } from "./rate-limit.ts";

export interface AuthDeps {
  db: Db;
  limiter: AuthLimiter;
  /** Tests pass FAST_TEST_HASHING; production leaves it unset (OWASP parameters). */
  passwordHashing?: PasswordHashingOptions;
}

export interface RequestMeta {
  ip: string;
  userAgent?: string | null;
  now?: Date;
}
