import type { Db } from "@hunar/db/client";

/**
 * What the Express server hands every loader and action (React Router's `getLoadContext`).
 * Route modules use it instead of reaching for globals, so tests can build one by hand.
 */
export interface HunarLoadContext {
  db: Db;
  /** Client IP as seen by Express (`trust proxy` aware), used for rate limits and session metadata. */
  ip: string;
  /** The request id that also appears in every log line of this request. */
  requestId: string;
  /** Origins allowed to send mutations (the app's own public origin(s)). */
  allowedOrigins: readonly string[];
  /** Closes live sockets when their session ends (logout, logout everywhere, password change). */
  realtime: {
    disconnectSession(sessionId: string): void;
    disconnectUser(userId: string): void;
  };
}

declare module "react-router" {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface AppLoadContext extends HunarLoadContext {}
}
