import type { UnreadNotificationsEvent } from "@hunar/chat/realtime/events";
import type { PasswordHashingOptions } from "@hunar/auth/password";
import type { AuthLimiter } from "@hunar/auth/rate-limit";
import type { MessageLimiter } from "@hunar/chat/message-limiter";
import type { ChatPublisher } from "@hunar/chat/realtime/publish";
import type { UploadStorage } from "@hunar/core/upload-storage";
import type { Db } from "@hunar/db/client";
import type { AccountMail } from "@hunar/notifications/account-mail";

/** Closes live sockets when their session ends (logout, logout everywhere, password change). */
export interface RealtimeControl {
  disconnectSession(sessionId: string): void;
  disconnectUser(userId: string): void;
  /** The user's unread notification count to all their open tabs (after they read some). */
  publishUnreadNotifications(userId: string, event: UnreadNotificationsEvent): void;
}

/** The subset of a pino logger routes may use; lines carry the request id automatically. */
export interface RequestLog {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

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
  /**
   * Per-request CSP nonce. Only scripts carrying it run: pass it to `<Scripts nonce>`,
   * `<ScrollRestoration nonce>`, `<ServerRouter nonce>` and `renderToPipeableStream({ nonce })`.
   */
  cspNonce: string;
  /** Login/signup rate limits, one per process (Redis-backed when REDIS_URL is set). */
  limiter: AuthLimiter;
  /** Tests only: fast password hashing. Unset in the running app (OWASP parameters). */
  passwordHashing?: PasswordHashingOptions;
  /** Verification, password-reset and e-mail-change mail: the server's one (SMTP_URL), or a test's. */
  accountMail: AccountMail;
  realtime: RealtimeControl;
  log: RequestLog;
  /** Where uploaded gig images are kept (the process's storage; a temporary folder in tests). */
  imageStorage: UploadStorage;
  /**
   * Chat services shared with the socket handlers: live delivery of what a page's form stored,
   * the per-user message limit, attachment storage. Tests may leave it out: chat pages then use
   * this process's defaults and deliver nothing live.
   */
  chat?: { publisher: ChatPublisher; limiter: MessageLimiter; attachmentStorage: UploadStorage };
}

declare module "react-router" {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface AppLoadContext extends HunarLoadContext {}
}
