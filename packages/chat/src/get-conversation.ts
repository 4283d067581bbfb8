import { activeUserSelect, isActiveUser } from "@hunar/db/active-user";
import type { Db } from "@hunar/db/types";
import { conversationNotFound } from "./chat-errors.ts";

export interface ConversationPerson {
  id: string;
  displayName: string;
  handle: string | null;
}

export interface ConversationView {
  id: string;
  other: ConversationPerson & { lastSeenAt: string | null };
  lastSeq: number;
  lastMessageAt: string | null;
  /** Read marks of both sides: unread = lastSeq - myLastReadSeq; "seen" ticks up to otherLastReadSeq. */
  myLastReadSeq: number;
  otherLastReadSeq: number;
  unread: number;
  /** The viewer blocked the other person (they may unblock). */
  blockedByMe: boolean;
  /** False when a block (either way) or the other's suspension stops new messages. */
  canMessage: boolean;
}

/** One of the user's conversations with the other person and both read marks; NOT_FOUND otherwise. */
export async function getConversation(db: Db, userId: string, conversationId: string): Promise<ConversationView> {
  const person = { select: { id: true, displayName: true, handle: true, lastSeenAt: true, ...activeUserSelect } } as const;
  const conversation = await db.conversation.findFirst({
    where: { id: conversationId, participants: { some: { userId } } },
    select: {
      id: true,
      lastSeq: true,
      lastMessageAt: true,
      userA: person,
      userB: person,
      participants: { select: { userId: true, lastReadSeq: true } },
    },
  });
  if (!conversation) throw conversationNotFound();
  const other = conversation.userA.id === userId ? conversation.userB : conversation.userA;
  const readSeq = (id: string) => conversation.participants.find((p) => p.userId === id)?.lastReadSeq ?? 0;
  const blocks = await db.block.findMany({
    where: {
      OR: [
        { blockerId: userId, blockedId: other.id },
        { blockerId: other.id, blockedId: userId },
      ],
    },
    select: { blockerId: true },
  });
  const myLastReadSeq = readSeq(userId);
  return {
    id: conversation.id,
    // A block hides presence both ways, here as on the socket.
    other: {
      id: other.id,
      displayName: other.displayName,
      handle: other.handle,
      lastSeenAt: blocks.length ? null : (other.lastSeenAt?.toISOString() ?? null),
    },
    lastSeq: conversation.lastSeq,
    lastMessageAt: conversation.lastMessageAt?.toISOString() ?? null,
    myLastReadSeq,
    otherLastReadSeq: readSeq(other.id),
    unread: Math.max(0, conversation.lastSeq - myLastReadSeq),
    blockedByMe: blocks.some((block) => block.blockerId === userId),
    canMessage: blocks.length === 0 && isActiveUser(other),
  };
}
