import type { Locale } from "@hunar/i18n/config";
import { createT } from "@hunar/i18n/translate";
import { createTransport } from "nodemailer";
import type { RenderedEmail } from "./render-email.ts";

/** The part of a logger the mailer uses (pino's Logger fits). */
export interface MailLog {
  info(details: object, message: string): void;
}

export interface OutgoingEmail extends RenderedEmail {
  /** The notification's id: also the Message-ID, so a resend after a crash is recognisably the same mail. */
  notificationId: string;
  to: string;
  locale: Locale;
  unsubscribeUrl: string;
}

/**
 * An e-mail about the account itself (a verification or password-reset link, a changed address):
 * the person asked for it or must know it, so it has no unsubscribe link and no preference can
 * stop it.
 */
export interface AccountEmail extends RenderedEmail {
  /** Unique per e-mail: the Message-ID, so a retry is recognisably the same mail. */
  id: string;
  to: string;
  locale: Locale;
}

export interface Mailer {
  /** smtp: sends; log: writes the whole e-mail to the log (development); none: sends nothing. */
  readonly transport: "smtp" | "log" | "none";
  send(email: OutgoingEmail, options?: { signal?: AbortSignal }): Promise<void>;
  sendAccountEmail(email: AccountEmail, options?: { signal?: AbortSignal }): Promise<void>;
  close(): void;
}

export interface MailerOptions {
  smtpUrl: string | null;
  /** The sender's address; the display name is the brand in the recipient's language. */
  mailFrom: string;
  logEmails: boolean;
  log: MailLog;
}

// Bounded well inside the dispatcher's claim lease, so a slow server cannot outlast the claim.
const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };

/** `Hunar <no-reply@hunar.pk>` or `no-reply@hunar.pk` -> `no-reply@hunar.pk`. */
export function senderAddress(mailFrom: string): string {
  const bracketed = /<([^<>\s]+@[^<>\s]+)>/.exec(mailFrom);
  return (bracketed?.[1] ?? mailFrom).trim();
}

function headersFor(email: OutgoingEmail): Record<string, string> {
  return {
    "List-Unsubscribe": `<${email.unsubscribeUrl}>`,
    // RFC 8058: mail providers may POST to the link to unsubscribe in one click.
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    ...accountHeadersFor(email),
  };
}

function accountHeadersFor(email: { locale: Locale }): Record<string, string> {
  return {
    // RFC 3834: no out-of-office replies to an automatic e-mail.
    "Auto-Submitted": "auto-generated",
    "Content-Language": email.locale,
  };
}

export function createMailer(options: MailerOptions): Mailer {
  const address = senderAddress(options.mailFrom);
  const domain = address.split("@")[1] ?? "hunar.localhost";
  if (!options.smtpUrl) {
    const writeToLog = (email: RenderedEmail & { to: string }, message: string) => {
      if (options.logEmails) {
        const { to, subject, text } = email;
        options.log.info({ email: { to, subject, text } }, message);
      }
      return Promise.resolve();
    };
    return {
      transport: options.logEmails ? "log" : "none",
      send: (email) => writeToLog(email, "notification e-mail (not sent: SMTP_URL is not set)"),
      sendAccountEmail: (email) => writeToLog(email, "account e-mail (not sent: SMTP_URL is not set)"),
      close: () => undefined,
    };
  }
  const transporter = createTransport({ url: options.smtpUrl, ...SMTP_TIMEOUTS });
  return {
    transport: "smtp",
    send: async (email, { signal } = {}) => {
      await transporter.sendMail({
        from: { name: createT(email.locale)("notifications:email.brand"), address },
        to: email.to,
        subject: email.subject,
        text: email.text,
        html: email.html,
        messageId: `<notification-${email.notificationId}@${domain}>`,
        headers: headersFor(email),
        signal,
      });
    },
    sendAccountEmail: async (email, { signal } = {}) => {
      await transporter.sendMail({
        from: { name: createT(email.locale)("notifications:email.brand"), address },
        to: email.to,
        subject: email.subject,
        text: email.text,
        html: email.html,
        messageId: `<account-${email.id}@${domain}>`,
        headers: accountHeadersFor(email),
        signal,
      });
    },
    close: () => transporter.close(),
  };
}
