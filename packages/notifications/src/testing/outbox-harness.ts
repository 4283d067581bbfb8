import type { Db } from "@hunar/db/types";
import { createMailer } from "../mailer.ts";
import { type DeliveryReport, deliverDueNotifications } from "../outbox/deliver-due.ts";
import type { DeliveryDeps, LiveNotification } from "../outbox/deliver-one.ts";

export const TEST_SECRET = "outbox-test-secret-0123456789-abcdefghij";
export const SITE = "http://hunar.test";

export interface OutboxHarness {
  /** Every live publish, in order. */
  live: { userId: string; notification: LiveNotification }[];
  logs: { level: "info" | "warn" | "error"; details: object; message: string }[];
  /** One round, like one tick of the dispatcher. */
  deliver(overrides?: Partial<DeliveryDeps> & { batchSize?: number }): Promise<DeliveryReport>;
  /** Rounds until one claims nothing. */
  drain(overrides?: Partial<DeliveryDeps> & { batchSize?: number }): Promise<DeliveryReport[]>;
  close(): void;
}

/** The dispatcher's delivery with a real mailer (SMTP at `smtpUrl`, or none) and recorded live pushes. */
export function outboxHarness(db: Db, options: { smtpUrl: string | null; maxAttempts?: number; logEmails?: boolean }): OutboxHarness {
  const live: OutboxHarness["live"] = [];
  const logs: OutboxHarness["logs"] = [];
  const log = {
    info: (details: object, message: string) => void logs.push({ level: "info", details, message }),
    warn: (details: object, message: string) => void logs.push({ level: "warn", details, message }),
    error: (details: object, message: string) => void logs.push({ level: "error", details, message }),
  };
  const mailer = createMailer({ smtpUrl: options.smtpUrl, mailFrom: "no-reply@hunar.test", logEmails: options.logEmails ?? false, log });
  const deliver = (overrides: Partial<DeliveryDeps> & { batchSize?: number } = {}) =>
    deliverDueNotifications({
      db,
      mailer,
      publishLive: (userId, notification) => void live.push({ userId, notification }),
      siteOrigin: SITE,
      secret: TEST_SECRET,
      maxAttempts: options.maxAttempts ?? 8,
      log,
      ...overrides,
    });
  return {
    live,
    logs,
    deliver,
    drain: async (overrides) => {
      const reports: DeliveryReport[] = [];
      for (let round = 0; round < 100; round++) {
        const report = await deliver(overrides);
        reports.push(report);
        if (report.claimed === 0) return reports;
      }
      throw new Error("the outbox did not drain in 100 rounds");
    },
    close: () => mailer.close(),
  };
}
