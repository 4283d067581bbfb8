import { randomBytes } from "node:crypto";
import { isDemoEnvironment } from "@hunar/db/demo-data";
import { z } from "zod";

// The only place @hunar/notifications reads the environment.

/** Signs unsubscribe links outside production, where nothing real is at stake. */
export const DEVELOPMENT_SECRET = "hunar-development-notifications-secret-not-for-production";

const blank = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const ZNotificationsEnv = z.object({
  NODE_ENV: z.preprocess(blank, z.string().default("production")),
  // smtp://user:pass@host:587 or smtps://user:pass@host:465; unset: e-mails go to the log.
  SMTP_URL: z.preprocess(blank, z.url({ protocol: /^smtps?$/, error: "must be an smtp:// or smtps:// URL" }).optional()),
  // The sender address (`no-reply@hunar.pk`); the name shown is "ہنر" or "Hunar" by the reader's language.
  MAIL_FROM: z.preprocess(blank, z.string().trim().min(3).default("no-reply@hunar.localhost")),
  // HMAC key of unsubscribe links; changing it breaks the links in e-mails already sent.
  NOTIFICATIONS_SECRET: z.preprocess(blank, z.string().min(32, "use at least 32 characters").optional()),
  // How often the dispatcher looks for committed notifications (milliseconds).
  NOTIFICATIONS_POLL_MS: z.preprocess(blank, z.coerce.number().int().min(50).max(60_000).default(1000)),
  // E-mail attempts before a notification's e-mail is given up (FAILED).
  NOTIFICATIONS_MAX_ATTEMPTS: z.preprocess(blank, z.coerce.number().int().min(1).max(20).default(8)),
});

export interface NotificationsConfig {
  smtpUrl: string | null;
  mailFrom: string;
  /** Whether an e-mail without SMTP is written to the log in full (never in production). */
  logEmails: boolean;
  /**
   * The same for account e-mails (verification and password-reset links): also in a demo
   * deployment, whose new accounts could otherwise never be verified without SMTP. A demo is
   * never a real site (@hunar/db/demo-data), so its links in the log endanger nobody.
   */
  logAccountEmails: boolean;
  secret: string;
  pollMs: number;
  maxAttempts: number;
}

/**
 * Production needs a real secret as soon as real e-mail goes out. Without SMTP_URL a production
 * server (the demo) sends no e-mail, so a random per-process secret is enough; elsewhere a fixed
 * development secret keeps logged links working across restarts.
 */
export function parseNotificationsEnv(source: Record<string, string | undefined>): NotificationsConfig {
  const parsed = ZNotificationsEnv.parse({
    NODE_ENV: source.NODE_ENV,
    SMTP_URL: source.SMTP_URL,
    MAIL_FROM: source.MAIL_FROM,
    NOTIFICATIONS_SECRET: source.NOTIFICATIONS_SECRET,
    NOTIFICATIONS_POLL_MS: source.NOTIFICATIONS_POLL_MS,
    NOTIFICATIONS_MAX_ATTEMPTS: source.NOTIFICATIONS_MAX_ATTEMPTS,
  });
  const production = parsed.NODE_ENV === "production";
  if (production && parsed.SMTP_URL && !parsed.NOTIFICATIONS_SECRET) {
    throw new Error("NOTIFICATIONS_SECRET must be set (32+ characters) when SMTP_URL is set in production: it signs unsubscribe links.");
  }
  const fallback = production ? randomBytes(32).toString("base64url") : DEVELOPMENT_SECRET;
  return {
    smtpUrl: parsed.SMTP_URL ?? null,
    mailFrom: parsed.MAIL_FROM,
    logEmails: !production,
    logAccountEmails: !production || isDemoEnvironment(source),
    secret: parsed.NOTIFICATIONS_SECRET ?? fallback,
    pollMs: parsed.NOTIFICATIONS_POLL_MS,
    maxAttempts: parsed.NOTIFICATIONS_MAX_ATTEMPTS,
  };
}

export const notificationsEnv: NotificationsConfig = parseNotificationsEnv(process.env);
