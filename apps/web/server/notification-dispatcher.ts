import type { Db } from "@hunar/db/client";
import type { NotificationsConfig } from "@hunar/notifications/env";
import { createMailer } from "@hunar/notifications/mailer";
import { DEFAULT_BATCH_SIZE, deliverDueNotifications } from "@hunar/notifications/outbox/deliver-due";
import type { Logger } from "./logger.ts";
import { schedulePeriodicJob, type PeriodicJob } from "./periodic-job.ts";
import type { Realtime } from "./realtime.ts";

// Rounds per tick while every claim comes back full (a backlog after an outage), before the
// tick ends and the next one continues: a stop never waits behind a long backlog.
const MAX_ROUNDS_PER_TICK = 20;

export interface NotificationDispatcherDeps {
  db: Db;
  log: Logger;
  realtime: Pick<Realtime, "publishNotification">;
  /** The site's public origin, for links in e-mails (read at send time: tests listen on port 0). */
  siteOrigin: () => string;
  config: NotificationsConfig;
  now?: () => Date;
}

/**
 * Delivers committed notifications (packages/notifications/src/outbox) every `pollMs`: live to
 * the recipient's sockets in every process, and by e-mail through SMTP_URL (written to the log in
 * development without it). Every process runs one; claims with SKIP LOCKED under a lease keep
 * them from ever sending the same notification twice. Stopping cancels sends in flight and hands
 * their rows back for the next process.
 */
export function scheduleNotificationDispatcher(deps: NotificationDispatcherDeps): PeriodicJob {
  const { config, log } = deps;
  const mailer = createMailer({ smtpUrl: config.smtpUrl, mailFrom: config.mailFrom, logEmails: config.logEmails, log });
  if (mailer.transport === "none") log.warn("SMTP_URL is not set: notifications are delivered live only, no e-mail is sent");
  const stopping = new AbortController();
  const job = schedulePeriodicJob({
    name: "delivering notifications",
    firstRunMs: 0,
    everyMs: config.pollMs,
    log,
    run: async () => {
      for (let round = 0; round < MAX_ROUNDS_PER_TICK && !stopping.signal.aborted; round++) {
        const report = await deliverDueNotifications({
          db: deps.db,
          mailer,
          publishLive: (userId, notification) => deps.realtime.publishNotification(userId, notification),
          siteOrigin: deps.siteOrigin(),
          secret: config.secret,
          maxAttempts: config.maxAttempts,
          log,
          signal: stopping.signal,
          ...(deps.now ? { now: deps.now } : {}),
        });
        if (report.claimed > 0) log.info({ notifications: report }, "notifications delivered");
        if (report.claimed < DEFAULT_BATCH_SIZE) return;
      }
    },
  });
  return {
    async stop() {
      stopping.abort();
      await job.stop();
      mailer.close();
    },
  };
}
