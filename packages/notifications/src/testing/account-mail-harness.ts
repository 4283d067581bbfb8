import { type AccountMail, createAccountMail } from "../account-mail.ts";
import { createMailer } from "../mailer.ts";

export interface AccountMailHarness {
  mail: AccountMail;
  logs: { level: "info" | "warn" | "error"; details: object; message: string }[];
  close(): void;
}

/** Account mail through a real mailer (SMTP at `smtpUrl`, or the log, or none) with quick retries and recorded logs. */
export function accountMailHarness(options: { smtpUrl: string | null; logEmails?: boolean }): AccountMailHarness {
  const logs: AccountMailHarness["logs"] = [];
  const log = {
    info: (details: object, message: string) => void logs.push({ level: "info", details, message }),
    warn: (details: object, message: string) => void logs.push({ level: "warn", details, message }),
    error: (details: object, message: string) => void logs.push({ level: "error", details, message }),
  };
  const mailer = createMailer({ smtpUrl: options.smtpUrl, mailFrom: "no-reply@hunar.test", logEmails: options.logEmails ?? false, log });
  return { mail: createAccountMail({ mailer, log, retryDelaysMs: [20, 20] }), logs, close: () => mailer.close() };
}
