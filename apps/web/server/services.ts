import type { PasswordHashingOptions } from "@hunar/auth/password";
import type { AccountMail } from "@hunar/notifications/account-mail";
import type { AuthLimiter } from "@hunar/auth/rate-limit";
import type { createRequestHandler } from "@react-router/express";
import type { Db } from "@hunar/db/client";
import type { ServerEnv } from "./env.ts";
import type { InFlightWork } from "./in-flight.ts";
import type { Logger } from "./logger.ts";
import type { Realtime } from "./realtime.ts";

/** Everything long-lived the Express app is built from; created once per process. */
export interface AppServices {
  env: ServerEnv;
  log: Logger;
  db: Db;
  limiter: AuthLimiter;
  realtime: Realtime;
  allowedOrigins: () => readonly string[];
  /** React Router's server build, or (development) a function importing the latest one. */
  serverBuild: Parameters<typeof createRequestHandler>[0]["build"];
  /** build/client in production; null in development, where Vite serves the client. */
  clientDir: string | null;
  /** Verification, reset and e-mail-change mail for pages and tRPC alike; shutdown waits for its sends. */
  accountMail: AccountMail;
  /** Requests' handlers still running; shutdown drains them before closing the database. */
  inFlight: InFlightWork;
  /** Tests only: fast password hashing. */
  passwordHashing?: PasswordHashingOptions;
}
