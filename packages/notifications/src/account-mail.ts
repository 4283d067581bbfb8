import { randomUUID } from "node:crypto";
import type { AccountEmail, Mailer, MailLog } from "./mailer.ts";

export interface AccountMailLog extends MailLog {
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

export interface AccountMail {
  readonly transport: Mailer["transport"];
  /**
   * Sends in the background and returns at once, so a request answers in the same time whether
   * or not it e-mailed anybody (a password-reset request must not tell who has an account).
   * Retried after 1 s and 5 s unless the server refused it for good (5xx); `onSent` runs once
   * the mail server accepted it, to record that. Never throws: a failure is logged.
   */
  send(email: Omit<AccountEmail, "id">, hooks?: { onSent?: () => Promise<unknown> }): void;
  /** Settles when every send begun so far has finished (tests; a server draining). */
  idle(): Promise<void>;
}

export interface AccountMailOptions {
  mailer: Mailer;
  log: AccountMailLog;
  /** Waits before the second, third… attempt. */
  retryDelaysMs?: readonly number[];
  /** Bound on one attempt, inside nodemailer's own connection and socket timeouts. */
  attemptTimeoutMs?: number;
}

const DEFAULT_RETRY_DELAYS_MS = [1_000, 5_000];
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const isPermanent = (error: unknown) =>
  typeof error === "object" && error !== null && (error as { permanent?: unknown }).permanent === true;

/*
 * Why not the outbox: an outbox row is written in the domain's transaction and read later by the
 * dispatcher, so it would have to hold the link, and a stored password-reset link is a working
 * key to the account for anyone who can read the table or a backup. Here the link lives only in
 * memory for the seconds it takes to send; the database keeps its hash and when it was sent.
 * Account e-mails also differ in kind: no preference may suppress them and they carry no
 * unsubscribe link. If the process dies mid-send the person asks again (the pages say how).
 */
export function createAccountMail(options: AccountMailOptions): AccountMail {
  const { mailer, log } = options;
  const delays = options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
  const attemptTimeoutMs = options.attemptTimeoutMs ?? 45_000;
  const inFlight = new Set<Promise<void>>();

  async function deliver(email: AccountEmail, onSent?: () => Promise<unknown>): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await mailer.sendAccountEmail(email, { signal: AbortSignal.timeout(attemptTimeoutMs) });
        break;
      } catch (error) {
        const delay = delays[attempt - 1];
        if (delay === undefined || isPermanent(error)) {
          log.error({ err: error, accountEmailId: email.id, attempts: attempt }, "account e-mail given up");
          return;
        }
        log.warn({ err: error, accountEmailId: email.id, attempts: attempt }, "account e-mail failed; will retry");
        await sleep(delay);
      }
    }
    try {
      await onSent?.();
    } catch (error) {
      log.error({ err: error, accountEmailId: email.id }, "account e-mail sent, but recording it failed");
    }
  }

  return {
    transport: mailer.transport,
    send(email, hooks = {}) {
      const work = deliver({ ...email, id: randomUUID() }, hooks.onSent).finally(() => inFlight.delete(work));
      inFlight.add(work);
    },
    async idle() {
      while (inFlight.size > 0) await Promise.all([...inFlight]);
    },
  };
}
