import type { MessageKind, Prisma, Tx } from "@hunar/db/types";
import { conversationNotFound } from "./chat-errors.ts";
import { CHAT_MESSAGE_SELECT, type ChatMessageRow } from "./to-chat-message.ts";
import type { About } from "./verify-about.ts";

export interface AppendMessage {
  conversationId: string;
  senderId: string;
  clientMessageId: string;
  kind: MessageKind;
  body: string;
  data?: Prisma.InputJsonObject;
  about: About;
  /** Who has now read up to this message (the sender of a typed message). */
  readBy?: string;
}

/**
 * Stores a message at the end of its conversation, inside the caller's transaction. The UPDATE
 * takes the conversation's row lock, so concurrent sends queue up and each gets the next number:
 * seq is gap-free and one order for everyone. clock_timestamp() (not now(), the transaction's
 * start) is read after the lock, so lastMessageAt never goes backwards as seq goes forwards.
 */
export async function appendMessage(
  tx: Tx,
  input: AppendMessage,
): Promise<ChatMessageRow & Prisma.MessageGetPayload<{ select: typeof CHAT_MESSAGE_SELECT }>> {
  const [next] = await tx.$queryRaw<{ lastSeq: number; lastMessageAt: Date }[]>`
    UPDATE "Conversation" SET "lastSeq" = "lastSeq" + 1, "lastMessageAt" = clock_timestamp()
    WHERE "id" = ${input.conversationId}
    RETURNING "lastSeq", "lastMessageAt"`;
  if (!next) throw conversationNotFound();
  const message = await tx.message.create({
    data: {
      conversationId: input.conversationId,
      seq: next.lastSeq,
      senderId: input.senderId,
      clientMessageId: input.clientMessageId,
      kind: input.kind,
      body: input.body,
      ...(input.data ? { data: input.data } : {}),
      ...input.about,
      createdAt: next.lastMessageAt,
    },
    select: CHAT_MESSAGE_SELECT,
  });
  if (input.readBy) {
    await tx.conversationParticipant.update({
      where: { conversationId_userId: { conversationId: input.conversationId, userId: input.readBy } },
      data: { lastReadSeq: next.lastSeq },
    });
  }
  return message;
}
