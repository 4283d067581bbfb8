import type { Db, Tx } from "@hunar/db/types";
import { conversationNotFound } from "./chat-errors.ts";

export interface Participation {
  conversationId: string;
  userId: string;
  otherUserId: string;
  lastSeq: number;
  lastReadSeq: number;
}

/**
 * The user's place in a conversation, or NOT_FOUND when the conversation does not exist or is
 * someone else's (the same answer, so ids cannot be probed).
 */
export async function findParticipation(db: Db | Tx, userId: string, conversationId: string): Promise<Participation> {
  const row = await db.conversationParticipant.findUnique({
    where: { conversationId_userId: { conversationId, userId } },
    select: { lastReadSeq: true, conversation: { select: { userAId: true, userBId: true, lastSeq: true } } },
  });
  if (!row) throw conversationNotFound();
  const { userAId, userBId, lastSeq } = row.conversation;
  return { conversationId, userId, otherUserId: userAId === userId ? userBId : userAId, lastSeq, lastReadSeq: row.lastReadSeq };
}
