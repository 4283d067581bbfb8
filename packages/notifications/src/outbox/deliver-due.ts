import { randomUUID } from "node:crypto";
import { claimDueNotifications } from "./claim.ts";
import { type DeliveryDeps, type DeliveryOutcome, deliverOne } from "./deliver-one.ts";
import { scheduleRetry } from "./settle.ts";

export type DeliveryReport = Record<DeliveryOutcome, number> & { claimed: number };

/** Long enough for any bounded send (SMTP timeouts add up to under a minute), short enough that a crashed process's rows come back soon. */
export const DEFAULT_LEASE_MS = 2 * 60 * 1000;
export const DEFAULT_BATCH_SIZE = 10;

/**
 * One round of the outbox: claim a small batch of due notifications and deliver them one by
 * one. Safe to run in any number of processes at once: each claims different rows. Stopping
 * (the signal) hands unstarted rows back at once instead of leaving them to their lease.
 */
export async function deliverDueNotifications(
  deps: Omit<DeliveryDeps, "now" | "leaseMs"> & { now?: () => Date; leaseMs?: number; batchSize?: number },
): Promise<DeliveryReport> {
  const full: DeliveryDeps = { ...deps, now: deps.now ?? (() => new Date()), leaseMs: deps.leaseMs ?? DEFAULT_LEASE_MS };
  const token = randomUUID();
  const rows = await claimDueNotifications(full.db, {
    token,
    now: full.now(),
    leaseMs: full.leaseMs,
    limit: deps.batchSize ?? DEFAULT_BATCH_SIZE,
  });
  const report: DeliveryReport = { claimed: rows.length, sent: 0, skipped: 0, retried: 0, failed: 0, released: 0, lost: 0 };
  for (const row of rows) {
    if (deps.signal?.aborted) {
      await scheduleRetry(full.db, row.id, token, { liveAt: row.liveAt, attempts: row.attempts, nextAttemptAt: full.now() });
      report.released += 1;
      continue;
    }
    report[await deliverOne(full, row, token)] += 1;
  }
  return report;
}
