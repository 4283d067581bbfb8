// Entry of the server bundle (build/server/index.js) and, in development, the module server.js
// loads through Vite. server.js is plain JavaScript and cannot import the TypeScript workspace
// packages itself, so everything that needs them (migrations, seeding, the database, sockets)
// starts here and server.js only owns the process: the http.Server, listen, signals.
import type { Server as HttpServer } from "node:http";
import { availableParallelism } from "node:os";
import type { PasswordHashingOptions } from "@hunar/auth/password";
import { authEnv } from "@hunar/auth/env";
import { createAuthLimiter } from "@hunar/auth/rate-limit";
import { closeDb, getDb, type Db } from "@hunar/db/client";
import { chatAttachmentStorage } from "@hunar/chat/attachments/default-storage";
import { gigImageStorage } from "@hunar/gigs/images/default-storage";
import { createAccountMail } from "@hunar/notifications/account-mail";
import { createMailer } from "@hunar/notifications/mailer";
import { notificationsEnv, type NotificationsConfig } from "@hunar/notifications/env";
import type { Express, NextFunction, Request, Response } from "express";
import { Redis } from "ioredis";
import type { DestinationStream } from "pino";
import { allowedOriginsResolver } from "./allowed-origins.ts";
import { createApp } from "./create-app.ts";
import { createInFlightWork } from "./in-flight.ts";
import { serverEnv, type ServerEnv } from "./env.ts";
import { createLogger, type Logger } from "./logger.ts";
import { scheduleNotificationDispatcher } from "./notification-dispatcher.ts";
import { deliveryFileStorage } from "@hunar/orders/work/default-storage";
import { profileStorage } from "@hunar/profiles/images/profile-files";
import { scheduleGigJobs } from "./gig-jobs.ts";
import { scheduleOrderJobs } from "./order-jobs.ts";
import { schedulePaymentJobs } from "./payment-jobs.ts";
import { scheduleUploadCleanup } from "./upload-cleanup.ts";
import { loadServerBuild } from "./react-router.ts";
import { createRealtime } from "./realtime.ts";
import type { AppServices } from "./services.ts";
import { prepareDatabase } from "./startup.ts";
import { planWorkers, type WorkerPlan } from "./worker-plan.ts";

export { parseServerEnv } from "./env.ts";
export type { AppServices } from "./services.ts";
export { superviseWorkers } from "./supervise-workers.ts";

/** How many processes serve with this process's settings (server.js forks them). */
export function workerPlan(): WorkerPlan {
  return planWorkers(serverEnv, availableParallelism());
}

/**
 * A cluster's primary: migrates and seeds once, before any worker opens the database, then
 * closes its connection (the primary serves nothing). Returns what server.js prints.
 */
export async function prepareForWorkers(): Promise<{ env: ServerEnv; log: Logger; demoLogins: string[] | null }> {
  const env = serverEnv;
  const log = await createLogger(env);
  const prepared = await prepareDatabase(env, log);
  await closeDb();
  return { env, log, demoLogins: prepared.demoLogins };
}

export interface StartOptions {
  /** build/client in production; null in development, where Vite serves the client. */
  clientDir: string | null;
  /** Tests: settings instead of process.env. */
  env?: ServerEnv;
  /** Tests: an already migrated database, owned (and closed) by the caller. */
  db?: Db;
  /** A cluster worker: the primary has migrated and seeded; only open the database. */
  databasePrepared?: boolean;
  /** Tests: cheap password hashing. */
  passwordHashing?: PasswordHashingOptions;
  /** Tests: capture log lines. */
  logDestination?: DestinationStream;
  /** Tests: notification settings (SMTP server, poll interval) over the environment's. */
  notifications?: Partial<NotificationsConfig>;
}

export interface RunningApp {
  env: ServerEnv;
  log: Logger;
  services: AppServices;
  /** The Express app as a plain (req, res) handler for the http.Server. */
  app: Express;
  /** Lines to print after the URL when this database holds the demo accounts. */
  demoLogins: string[] | null;
  /** Closes sockets, the http.Server, Redis and the database (if it opened it). */
  close(): Promise<void>;
}

export async function start(httpServer: HttpServer, options: StartOptions): Promise<RunningApp> {
  const env = options.env ?? serverEnv;
  const log = await createLogger(env, options.logDestination);
  const prepared = options.db
    ? { db: options.db, demoLogins: null }
    : options.databasePrepared
      ? { db: await getDb(), demoLogins: null }
      : await prepareDatabase(env, log);

  // One Redis connection per process, shared by rate limits and the socket.io adapter.
  const redis = env.REDIS_URL ? new Redis(env.REDIS_URL) : null;
  redis?.on("error", (error) => log.error({ err: error }, "redis connection error"));
  const limiter = createAuthLimiter({ redis });
  const allowedOrigins = allowedOriginsResolver(env, authEnv.ALLOWED_ORIGINS, httpServer);
  const realtime = await createRealtime(httpServer, { db: prepared.db, allowedOrigins, log, redis });
  const imageCleanup = scheduleUploadCleanup({ db: prepared.db, storage: gigImageStorage(), log });
  const attachmentCleanup = scheduleUploadCleanup({ db: prepared.db, storage: chatAttachmentStorage(), log });
  const orderFileCleanup = scheduleUploadCleanup({ db: prepared.db, storage: deliveryFileStorage(), log });
  const profileFileCleanup = scheduleUploadCleanup({ db: prepared.db, storage: profileStorage(), log });
  const paymentJobs = schedulePaymentJobs({ db: prepared.db, log });
  const orderJobs = scheduleOrderJobs({ db: prepared.db, log });
  const gigJobs = scheduleGigJobs({ db: prepared.db, log });
  const mailConfig = { ...notificationsEnv, ...options.notifications };
  const notificationDispatcher = scheduleNotificationDispatcher({
    db: prepared.db,
    log,
    realtime,
    siteOrigin: () => env.publicOrigins[0] ?? allowedOrigins()[0] ?? `http://localhost:${env.PORT}`,
    config: mailConfig,
  });
  // Verification and reset links: one sender for pages and tRPC, sent directly, never stored.
  const accountMailer = createMailer({
    smtpUrl: mailConfig.smtpUrl,
    mailFrom: mailConfig.mailFrom,
    logEmails: mailConfig.logAccountEmails,
    log,
  });
  if (accountMailer.transport === "none") log.warn("SMTP_URL is not set: verification and password-reset e-mails cannot be sent");
  const accountMail = createAccountMail({ mailer: accountMailer, log });

  const services: AppServices = {
    inFlight: createInFlightWork(),
    env,
    log,
    db: prepared.db,
    limiter,
    realtime,
    allowedOrigins,
    accountMail,
    serverBuild: await loadServerBuild(env.NODE_ENV === "development"),
    clientDir: options.clientDir,
    ...(options.passwordHashing ? { passwordHashing: options.passwordHashing } : {}),
  };

  return {
    env,
    log,
    services,
    app: appFor(services),
    demoLogins: prepared.demoLogins,
    close: async () => {
      await Promise.all([
        imageCleanup.stop(),
        attachmentCleanup.stop(),
        orderFileCleanup.stop(),
        profileFileCleanup.stop(),
        paymentJobs.stop(),
        orderJobs.stop(),
        gigJobs.stop(),
        notificationDispatcher.stop(),
      ]);
      await realtime.close();
      await services.inFlight.drain();
      // A reset or verification link being sent is finished (its send is recorded) before the database closes.
      await accountMail.idle();
      accountMailer.close();
      await limiter.close();
      await redis?.quit().catch(() => undefined);
      if (!options.db) await closeDb();
    },
  };
}

// In development server.js reloads this module on every request (Vite re-evaluates it after an
// edit) and calls `handle`: a fresh module builds a fresh Express app around the same services,
// so middleware edits apply without restarting and without reopening the database or sockets.
const apps = new WeakMap<AppServices, Express>();

function appFor(services: AppServices): Express {
  let app = apps.get(services);
  if (!app) {
    app = createApp(services);
    apps.set(services, app);
  }
  return app;
}

export function handle(services: AppServices, req: Request, res: Response, next: NextFunction): void {
  appFor(services)(req, res, next);
}
