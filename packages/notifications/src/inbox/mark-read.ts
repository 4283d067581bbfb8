import { AppError } from "@hunar/core/app-error";
import type { Db, Tx } from "@hunar/db/types";

/** Someone else's notification and one that does not exist get the same answer. */
const notificationNotFound = () => new AppError("NOT_FOUND", "notifications:errors.notificationNotFound");

// Ids are cuids; anything else (too long, a NUL that PostgreSQL would refuse) cannot be one.
const looksLikeId = (value: string) => /^[\w-]{1,64}$/.test(value);

/**
 * Marks one of the user's own notifications read and returns where it leads. Reading it again
 * keeps the first time it was read. Only the owner's row is touched: another user's id is
 * NOT_FOUND and changes nothing.
 */
export async function markNotificationRead(db: Db | Tx, userId: string, notificationId: string): Promise<{ link: string | null }> {
  if (!looksLikeId(notificationId)) throw notificationNotFound();
  const [row] = await db.$queryRaw<{ link: string | null }[]>`
    UPDATE "Notification" SET "readAt" = COALESCE("readAt", now())
    WHERE "id" = ${notificationId} AND "userId" = ${userId}
    RETURNING "link"`;
  if (!row) throw notificationNotFound();
  return { link: row.link };
}

/** Marks every unread notification of the user read; returns how many that was. */
export async function markAllNotificationsRead(db: Db | Tx, userId: string): Promise<{ marked: number }> {
  const marked = await db.$executeRaw`UPDATE "Notification" SET "readAt" = now() WHERE "userId" = ${userId} AND "readAt" IS NULL`;
  return { marked };
}
