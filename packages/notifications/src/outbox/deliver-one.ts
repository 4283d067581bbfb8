import type { Db } from "@hunar/db/types";
import { z } from "zod";
import type { Mailer } from "../mailer.ts";
import { retryDelayMs } from "./backoff.ts";
import type { ClaimedNotification } from "./claim.ts";
import { planEmail } from "./plan-email.ts";
import { markDelivered, renewClaim, scheduleRetry } from "./settle.ts";

/** What a tab receives as `notification:new` (plain JSON). */
export interface LiveNotification {
  id: string;
  kind: string;
  data: unknown;
  link: string | null;
  createdAt: string;
}

/** The part of a logger delivery uses (pino's Logger fits). */
export interface DeliveryLog {
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

export interface DeliveryDeps {
  db: Db;
  mailer: Mailer;
  /** Emits to every open tab of the user (socket.io room `user:<id>`, all processes). */
  publishLive(userId: string, notification: LiveNotification): void;
  /** The site's public origin, for links in e-mails. */
  siteOrigin: string;
  /** Signs unsubscribe links. */
  secret: string;
  maxAttempts: number;
  log: DeliveryLog;
  now: () => Date;
  leaseMs: number;
  /** Aborted at shutdown: sends in flight are cancelled and their rows handed back. */
  signal?: AbortSignal;
}

export type DeliveryOutcome = "sent" | "skipped" | "retried" | "failed" | "released" | "lost";

const short = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 500);
// nodemailer marks 5xx replies permanent (err.permanent): retrying a refused mailbox only annoys.
// Stored data that does not fit its kind will not fit any better later.
const isPermanent = (error: unknown) =>
  error instanceof z.ZodError || (typeof error === "object" && error !== null && (error as { permanent?: unknown }).permanent === true);

function publish(deps: DeliveryDeps, row: ClaimedNotification): Date | null {
  if (row.liveAt) return row.liveAt;
  try {
    deps.publishLive(row.userId, { id: row.id, kind: row.kind, data: row.data, link: row.link, createdAt: row.createdAt.toISOString() });
    return deps.now();
  } catch (error) {
    deps.log.error({ err: error, notificationId: row.id }, "live notification could not be published");
    return null;
  }
}

/**
 * One claimed notification: renew the claim (or stop if another process holds it now), push it
 * live once, then e-mail it if its kind, the recipient's preference and the transport allow,
 * and record the outcome under the claim. The send is bounded to half the lease, so it ends
 * while the row is still ours: two processes never send the same notification.
 */
export async function deliverOne(deps: DeliveryDeps, row: ClaimedNotification, token: string): Promise<DeliveryOutcome> {
  const { db } = deps;
  if (!(await renewClaim(db, row.id, token, new Date(deps.now().getTime() + deps.leaseMs)))) return "lost";
  const liveAt = publish(deps, row);
  const attempts = row.attempts + 1;
  const done = (emailStatus: "SENT" | "SKIPPED" | "FAILED", lastError?: string) =>
    markDelivered(db, row.id, token, {
      at: deps.now(),
      liveAt,
      emailStatus,
      attempts: emailStatus === "SKIPPED" ? row.attempts : attempts,
      lastError,
    });
  try {
    const plan = await planEmail(db, row, deps);
    if (!plan.send) {
      await done("SKIPPED");
      return "skipped";
    }
    const timeout = AbortSignal.timeout(Math.floor(deps.leaseMs / 2));
    await deps.mailer.send(plan.email, { signal: deps.signal ? AbortSignal.any([deps.signal, timeout]) : timeout });
    await done("SENT");
    return "sent";
  } catch (error) {
    if (deps.signal?.aborted) {
      // Shutting down: not the mail server's fault, so the attempt does not count.
      await scheduleRetry(db, row.id, token, { liveAt, attempts: row.attempts, nextAttemptAt: deps.now(), lastError: short(error) });
      return "released";
    }
    if (isPermanent(error) || attempts >= deps.maxAttempts) {
      deps.log.error({ err: error, notificationId: row.id, attempts }, "notification e-mail given up");
      await done("FAILED", short(error));
      return "failed";
    }
    deps.log.warn({ err: error, notificationId: row.id, attempts }, "notification e-mail failed; will retry");
    const nextAttemptAt = new Date(deps.now().getTime() + retryDelayMs(attempts));
    await scheduleRetry(db, row.id, token, { liveAt, attempts, nextAttemptAt, lastError: short(error) });
    return "retried";
  }
}
