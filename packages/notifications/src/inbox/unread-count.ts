import type { Db, Tx } from "@hunar/db/types";

export interface UnreadNotifications {
  count: number;
  /**
   * The database's clock when it counted. A live notification created after this is not in
   * `count`; one created before it may already be, so a page adds only the newer ones.
   */
  countedAt: Date;
}

/**
 * How many of the user's notifications are unread: one count on the (userId, readAt) index,
 * cheap enough for the root loader of every signed-in page.
 */
export async function countUnreadNotifications(db: Db | Tx, userId: string): Promise<UnreadNotifications> {
  const [row] = await db.$queryRaw<{ count: number; countedAt: Date }[]>`
    SELECT COUNT(*)::int AS "count", now() AS "countedAt"
    FROM "Notification" WHERE "userId" = ${userId} AND "readAt" IS NULL`;
  return { count: row?.count ?? 0, countedAt: row?.countedAt ?? new Date() };
}
