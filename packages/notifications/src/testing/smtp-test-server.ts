import type { AddressInfo } from "node:net";
import { SMTPServer, type SMTPServerError } from "smtp-server";
import { type ParsedMail, parseMail } from "./parse-mail.ts";

export interface ReceivedMail extends ParsedMail {
  from: string;
  to: string[];
  raw: string;
}

export interface SmtpTestServer {
  /** smtp://127.0.0.1:<port>, for SMTP_URL / createMailer. */
  url: string;
  /** Every message accepted so far, in arrival order. */
  received: ReceivedMail[];
  /** Every DATA command seen, accepted or refused. */
  attempts(): number;
  /** Refuse the next `count` messages with this reply (451: try again later; 550: never). */
  refuseNext(count: number, code?: number): void;
  close(): Promise<void>;
}

/**
 * A real SMTP server on loopback, keeping what it receives in memory: on an ephemeral port, or on
 * `port` when another process must know it in advance (the end-to-end run's mail catcher).
 * `replyDelayMs` holds each reply to a message that long: a slow mail server.
 */
export async function startSmtpTestServer(options: { port?: number; replyDelayMs?: number } = {}): Promise<SmtpTestServer> {
  const received: ReceivedMail[] = [];
  let attempts = 0;
  let refusals: { left: number; code: number } = { left: 0, code: 451 };
  const server = new SMTPServer({
    authOptional: true,
    // Plain SMTP on loopback: nodemailer would otherwise try STARTTLS with no certificate.
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        attempts += 1;
        if (refusals.left > 0) {
          refusals = { ...refusals, left: refusals.left - 1 };
          const error: SMTPServerError = new Error(refusals.code >= 500 ? "Mailbox refused" : "Try again later");
          error.responseCode = refusals.code;
          callback(error);
          return;
        }
        const raw = Buffer.concat(chunks).toString("utf8");
        const from = session.envelope.mailFrom === false ? "" : session.envelope.mailFrom.address;
        const accept = () => {
          received.push({ ...parseMail(raw), from, to: session.envelope.rcptTo.map((rcpt) => rcpt.address), raw });
          callback();
        };
        if (options.replyDelayMs) setTimeout(accept, options.replyDelayMs);
        else accept();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    attempts: () => attempts,
    refuseNext: (count, code = 451) => {
      refusals = { left: count, code };
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
