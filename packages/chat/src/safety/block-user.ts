import { AppError } from "@hunar/core/app-error";
import type { Db, Tx } from "@hunar/db/types";
import { safetyError } from "./safety-errors.ts";

export interface BlockState {
  /** The viewer blocked the other user (they may lift it). */
  blockedByMe: boolean;
  /** The other user blocked the viewer (shown only as "you can no longer send messages"). */
  blockedMe: boolean;
}

/**
 * Blocks another user: from now on neither can message the other (sendMessage checks
 * isBlockedBetween). Blocking someone already blocked changes nothing.
 */
export async function blockUser(db: Db | Tx, user: { userId: string }, otherUserId: string): Promise<void> {
  if (otherUserId === user.userId) throw safetyError("BAD_INPUT", "cannotBlockSelf");
  const other = await db.user.findUnique({ where: { id: otherUserId }, select: { id: true } });
  if (!other) throw new AppError("NOT_FOUND", "errors:notFound");
  // createMany + skipDuplicates: an insert that two clicks (or tabs) race on is still one block.
  await db.block.createMany({ data: [{ blockerId: user.userId, blockedId: otherUserId }], skipDuplicates: true });
}

/** Lifts the user's own block; a block the other side set stays. Unblocking twice is fine. */
export async function unblockUser(db: Db | Tx, user: { userId: string }, otherUserId: string): Promise<void> {
  await db.block.deleteMany({ where: { blockerId: user.userId, blockedId: otherUserId } });
}

/** Both directions of a block between the viewer and another user, for the conversation page. */
export async function blockStateBetween(db: Db | Tx, viewerId: string, otherUserId: string): Promise<BlockState> {
  const rows = await db.block.findMany({
    where: {
      OR: [
        { blockerId: viewerId, blockedId: otherUserId },
        { blockerId: otherUserId, blockedId: viewerId },
      ],
    },
    select: { blockerId: true },
  });
  return {
    blockedByMe: rows.some((row) => row.blockerId === viewerId),
    blockedMe: rows.some((row) => row.blockerId === otherUserId),
  };
}
