import { type AccountMail, type AccountMailLog, createAccountMail } from "./account-mail.ts";
import { notificationsEnv } from "./env.ts";
import { createMailer } from "./mailer.ts";

// One per process, kept on globalThis so a dev-server reload reuses its SMTP connection pool.
const holder = globalThis as typeof globalThis & { __hunarAccountMail?: AccountMail };

function line(stream: NodeJS.WriteStream, level: string, details: object, message: string): void {
  const { err, ...rest } = details as { err?: unknown };
  const error = err instanceof Error ? { err: { message: err.message } } : {};
  stream.write(`${JSON.stringify({ level, time: new Date().toISOString(), msg: message, ...rest, ...error })}\n`);
}

/** JSON lines, like the server's own log, for a module that has no request logger to hand. */
const processLog: AccountMailLog = {
  info: (details, message) => line(process.stdout, "info", details, message),
  warn: (details, message) => line(process.stdout, "warn", details, message),
  error: (details, message) => line(process.stderr, "error", details, message),
};

/**
 * This process's account mail, through SMTP_URL as MAIL_FROM (written to the log instead where
 * `logAccountEmails` says so). Callers that build their own (tests) pass it in instead.
 */
export function defaultAccountMail(): AccountMail {
  if (!holder.__hunarAccountMail) {
    const config = notificationsEnv;
    const mailer = createMailer({
      smtpUrl: config.smtpUrl,
      mailFrom: config.mailFrom,
      logEmails: config.logAccountEmails,
      log: processLog,
    });
    if (mailer.transport === "none") {
      processLog.warn({}, "SMTP_URL is not set: verification and password-reset e-mails cannot be sent");
    }
    holder.__hunarAccountMail = createAccountMail({ mailer, log: processLog });
  }
  return holder.__hunarAccountMail;
}
