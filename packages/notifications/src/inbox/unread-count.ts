import type { Db, Tx } from "@hunar/db/types";

export interface UnreadNotifications {
  count: number;
  /**
   * When the count was taken, by this process's clock (the clock notify's createdAt comes from
   * too). A live notification created after this is not in `count`; one created before it may
   * already be, so a page adds only the newer ones.
   */
  countedAt: Date;
}

/**
 * How many of the user's notifications are unread: one count on the (userId, readAt) index,
 * cheap enough for the root loader of every signed-in page.
 */
export async function countUnreadNotifications(db: Db | Tx, userId: string): Promise<UnreadNotifications> {
  // Taken before the query: anything committed in time to be counted was created before it.
  const countedAt = new Date();
  const count = await db.notification.count({ where: { userId, readAt: null } });
  return { count, countedAt };
}
