import type { Db, Tx } from "@hunar/db/types";

export interface BlockedUser {
  userId: string;
  displayName: string;
  handle: string | null;
  blockedAt: Date;
}

/**
 * True when either user has blocked the other. A block works both ways: neither side can send
 * the other a message, whoever set it.
 */
export async function isBlockedBetween(tx: Tx | Db, userA: string, userB: string): Promise<boolean> {
  if (userA === userB) return false;
  const count = await tx.block.count({
    where: {
      OR: [
        { blockerId: userA, blockedId: userB },
        { blockerId: userB, blockedId: userA },
      ],
    },
  });
  return count > 0;
}

/** Whom `userId` has blocked (only their own blocks; who blocked them stays private). */
export async function listBlocked(db: Tx | Db, userId: string): Promise<BlockedUser[]> {
  const rows = await db.block.findMany({
    where: { blockerId: userId },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true, blocked: { select: { id: true, displayName: true, handle: true } } },
  });
  return rows.map((row) => ({
    userId: row.blocked.id,
    displayName: row.blocked.displayName,
    handle: row.blocked.handle,
    blockedAt: row.createdAt,
  }));
}
