import type { Db } from "@hunar/db/types";
import { orderedPair } from "../start-conversation.ts";
import { CHAT_MESSAGE_SELECT, toChatMessage } from "../to-chat-message.ts";
import type { ChatPublisher } from "./publish.ts";

/** Where two people's conversation stood: its id and last sequence (0 and null when they have none yet). */
export interface ConversationMark {
  conversationId: string | null;
  seq: number;
}

export async function markConversation(db: Db, one: string, two: string): Promise<ConversationMark> {
  const conversation = await db.conversation.findUnique({
    where: { userAId_userBId: orderedPair(one, two) },
    select: { id: true, lastSeq: true },
  });
  return { conversationId: conversation?.id ?? null, seq: conversation?.lastSeq ?? 0 };
}

/** At most this many system messages go out live after one change; the rest arrive with the next sync. */
const MAX_LIVE = 20;

/**
 * System messages are often posted inside another domain's transaction (an order delivered),
 * where nothing can be sent live: the change may still roll back. Once it has committed, this
 * sends both people whatever system messages their conversation gained since `mark`, and each
 * one's unread total. Messages someone typed are already sent by their own path. A failure here
 * loses nothing: the messages are stored, and open pages catch up on their next sync.
 */
export async function publishSystemMessagesSince(
  db: Db,
  publisher: ChatPublisher,
  people: readonly [string, string],
  mark: ConversationMark,
): Promise<number> {
  const conversation = await db.conversation.findUnique({
    where: { userAId_userBId: orderedPair(people[0], people[1]) },
    select: { id: true },
  });
  if (!conversation) return 0;
  const rows = await db.message.findMany({
    where: {
      conversationId: conversation.id,
      kind: "SYSTEM",
      ...(conversation.id === mark.conversationId ? { seq: { gt: mark.seq } } : {}),
    },
    orderBy: { seq: "asc" },
    take: MAX_LIVE,
    select: CHAT_MESSAGE_SELECT,
  });
  for (const row of rows) publisher.message(toChatMessage(row), people);
  if (rows.length > 0) await Promise.all(people.map((userId) => publisher.unread(userId)));
  return rows.length;
}
