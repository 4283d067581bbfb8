import type { Db, NotificationEmailStatus } from "@hunar/db/types";

// Every write after a claim is conditional on the claim's token: a process whose lease ran out
// (and whose row another process has claimed since) changes nothing.

const owned = (id: string, token: string) => ({ id, claimToken: token, deliveredAt: null });

/** Extends the lease right before the slow part (sending); false: the row is no longer ours. */
export async function renewClaim(db: Db, id: string, token: string, leaseEnd: Date): Promise<boolean> {
  const { count } = await db.notification.updateMany({ where: owned(id, token), data: { nextAttemptAt: leaseEnd } });
  return count === 1;
}

/** Done: delivered live, and the e-mail sent, skipped or given up. Never claimed again. */
export async function markDelivered(
  db: Db,
  id: string,
  token: string,
  outcome: {
    at: Date;
    liveAt: Date | null;
    emailStatus: Exclude<NotificationEmailStatus, "PENDING">;
    attempts: number;
    lastError?: string;
  },
): Promise<boolean> {
  const { count } = await db.notification.updateMany({
    where: owned(id, token),
    data: {
      deliveredAt: outcome.at,
      liveAt: outcome.liveAt,
      emailStatus: outcome.emailStatus,
      emailedAt: outcome.emailStatus === "SENT" ? outcome.at : null,
      attempts: outcome.attempts,
      lastError: outcome.lastError ?? null,
      claimToken: null,
    },
  });
  return count === 1;
}

/** The e-mail failed for now: try again at `nextAttemptAt` (any process may). */
export async function scheduleRetry(
  db: Db,
  id: string,
  token: string,
  // lastError left out keeps the last one (a row handed back at shutdown did not fail).
  retry: { liveAt: Date | null; attempts: number; nextAttemptAt: Date; lastError?: string },
): Promise<boolean> {
  const { count } = await db.notification.updateMany({
    where: owned(id, token),
    data: {
      liveAt: retry.liveAt,
      attempts: retry.attempts,
      nextAttemptAt: retry.nextAttemptAt,
      lastError: retry.lastError,
      claimToken: null,
    },
  });
  return count === 1;
}
