import type { Db } from "@hunar/db/types";

export interface ClaimedNotification {
  id: string;
  userId: string;
  kind: string;
  data: unknown;
  link: string | null;
  createdAt: Date;
  attempts: number;
  liveAt: Date | null;
}

const CLAIM_SELECT = { id: true, userId: true, kind: true, data: true, link: true, createdAt: true, attempts: true, liveAt: true } as const;

/**
 * Claims up to `limit` committed, undelivered notifications that are due, oldest first, for the
 * holder of `token`: one statement locks them (FOR UPDATE SKIP LOCKED, so concurrent claimers
 * take different rows instead of waiting) and moves their nextAttemptAt a lease ahead, so no
 * other process claims them again until the lease ends. Rows of uncommitted (or rolled-back)
 * transactions are invisible here, so they are never claimed.
 * Times are passed as epoch milliseconds and compared in UTC, whatever the session time zone.
 */
export async function claimDueNotifications(
  db: Db,
  claim: { token: string; now: Date; leaseMs: number; limit: number },
): Promise<ClaimedNotification[]> {
  const nowMs = claim.now.getTime();
  const leaseEndMs = nowMs + claim.leaseMs;
  const claimed = await db.$queryRaw<{ id: string }[]>`
    UPDATE "Notification"
    SET "claimToken" = ${claim.token},
        "nextAttemptAt" = to_timestamp(${leaseEndMs}::float8 / 1000) AT TIME ZONE 'UTC'
    WHERE "id" IN (
      SELECT "id" FROM "Notification"
      WHERE "deliveredAt" IS NULL AND "nextAttemptAt" <= to_timestamp(${nowMs}::float8 / 1000) AT TIME ZONE 'UTC'
      ORDER BY "nextAttemptAt", "id"
      LIMIT ${claim.limit}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING "id"`;
  if (claimed.length === 0) return [];
  const rows = await db.notification.findMany({
    where: { id: { in: claimed.map((row) => row.id) }, claimToken: claim.token },
    select: CLAIM_SELECT,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return rows;
}
