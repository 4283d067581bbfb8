import type { AccountMail } from "@hunar/notifications/account-mail";
import type { AccountEmail } from "@hunar/notifications/mailer";

export const TEST_SITE_ORIGIN = "http://hunar.test";

export type SentAccountEmail = Omit<AccountEmail, "id">;

export interface RecordedAccountMail extends AccountMail {
  sent: SentAccountEmail[];
  /** The token of the newest link to `to` that opens `path` (/confirm-email, /reset-password, /restore-email). */
  tokenSentTo(to: string, path: string): string;
}

/** Account mail that keeps what it was given instead of sending it (and records it as sent). */
export function recordingAccountMail(): RecordedAccountMail {
  const sent: SentAccountEmail[] = [];
  const pending = new Set<Promise<unknown>>();
  return {
    transport: "smtp",
    sent,
    send(email, hooks = {}) {
      sent.push(email);
      const work = Promise.resolve(hooks.onSent?.()).finally(() => pending.delete(work));
      pending.add(work);
    },
    async idle() {
      while (pending.size > 0) await Promise.all([...pending]);
    },
    tokenSentTo(to, path) {
      const email = sent.findLast((item) => item.to === to && item.text.includes(`${TEST_SITE_ORIGIN}${path}?token=`));
      const token = email ? linkToken(email.text, path) : null;
      if (!token)
        throw new Error(`no ${path} link was e-mailed to ${to} (sent: ${sent.map((item) => `${item.to}: ${item.subject}`).join("; ")})`);
      return token;
    },
  };
}

/** The token of the first link in `text` that opens `path`. */
export function linkToken(text: string, path: string): string | null {
  const escaped = path.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  return new RegExp(`https?://[^\\s/]+${escaped}\\?token=([a-z0-9]+)`).exec(text)?.[1] ?? null;
}
