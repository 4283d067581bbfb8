import { expect } from "@playwright/test";
import { e2ePorts } from "./ports.ts";

/** One message the mail catcher (mail-catcher.ts) received: the SMTP envelope, then the message as read. */
export interface CaughtMail {
  /** Envelope sender (MAIL FROM). */
  from: string;
  /** Envelope recipients (RCPT TO): who the mail was actually sent to. */
  to: string[];
  /** Header names in lower case, values as sent (encoded words not decoded, except in `subject`). */
  headers: Record<string, string>;
  subject: string;
  text: string;
  html: string;
}

/** Every message the mail catcher has received so far, oldest first. */
export async function caughtMail(): Promise<CaughtMail[]> {
  const response = await fetch(`http://127.0.0.1:${e2ePorts().mail}/messages`);
  if (!response.ok) throw new Error(`mail catcher answered ${response.status}`);
  return (await response.json()) as CaughtMail[];
}

/**
 * Waits, polling the mail catcher, until exactly `count` (default 1) messages to `to` fit
 * `predicate`, and returns them. Each must be addressed to that one person alone, on the envelope
 * and in its To header. More matches than `count` (a duplicate e-mail) fail once time is up.
 */
export async function expectMail(
  to: string,
  predicate: (mail: CaughtMail) => boolean,
  { count = 1, timeout = 15_000 }: { count?: number; timeout?: number } = {},
): Promise<CaughtMail[]> {
  let found: CaughtMail[] = [];
  await expect(async () => {
    const theirs = (await caughtMail()).filter((mail) => mail.to.includes(to));
    found = theirs.filter(predicate);
    // On failure, the message names the latest subjects this person did get.
    const latest = theirs.slice(-8).map((mail) => `"${mail.subject}"`);
    expect(found, `e-mails to ${to} (latest received: ${latest.join(", ") || "none"})`).toHaveLength(count);
  }).toPass({ timeout, intervals: [100, 250, 500] });
  for (const mail of found) {
    expect(mail.to, `envelope recipients of "${mail.subject}"`).toEqual([to]);
    expect(mail.headers.to, `To header of "${mail.subject}"`).toBe(to);
  }
  return found;
}
