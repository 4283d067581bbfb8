import { randomUUID } from "node:crypto";
import type { Db } from "@hunar/db/types";
import { type SendContext, sendContextSql } from "./send-context.ts";
import type { ChatMessageRow } from "./to-chat-message.ts";
import type { About } from "./verify-about.ts";

export interface StoredText {
  /** What loadSendContext would have answered, read in the same statement. */
  context: SendContext;
  /** The message, or null when the context forbids writing it (nothing was changed). */
  row: ChatMessageRow | null;
}

/** The context's columns, then the message's (all null when it was not written). */
type ContextAndMessage = SendContext & Omit<ChatMessageRow, "id" | "attachments"> & { id: string | null };

/**
 * Checks and stores a typed message without files in ONE statement: read the send context (the
 * same query as loadSendContext), and only if it allows writing take the next seq under the
 * conversation's row lock, insert the message and move the sender's read mark to it. One round
 * trip where a check and then a write took two, and no moment between them for a block to land.
 * A single statement is atomic on its own, so this needs no interactive transaction and keeps the
 * guarantees of appendMessage: a gap-free seq in one order for everyone, and a duplicate client
 * id (unique violation) rolls the whole statement back, seq included.
 * Null when the conversation is not the sender's.
 */
export async function storeTextMessage(
  db: Db,
  input: { conversationId: string; senderId: string; clientMessageId: string; body: string; about: About },
): Promise<StoredText | null> {
  const { conversationId, senderId, clientMessageId, body, about } = input;
  const [result] = await db.$queryRaw<ContextAndMessage[]>`
    WITH "context" AS (${sendContextSql(senderId, conversationId)}
    ), "next" AS (
      UPDATE "Conversation" SET "lastSeq" = "lastSeq" + 1, "lastMessageAt" = clock_timestamp()
      WHERE "id" = ${conversationId}
        AND EXISTS (SELECT 1 FROM "context" WHERE "recipientActive" AND NOT "blocked" AND "senderMayWrite")
      RETURNING "lastSeq", "lastMessageAt"
    ), "stored" AS (
      INSERT INTO "Message" ("id", "conversationId", "seq", "senderId", "clientMessageId", "kind", "body",
                             "gigId", "proposalId", "offerId", "orderId", "createdAt")
      SELECT ${randomUUID()}, ${conversationId}, "lastSeq", ${senderId}, ${clientMessageId}, 'TEXT', ${body},
             ${about.gigId}, ${about.proposalId}, ${about.offerId}, ${about.orderId}, "lastMessageAt"
      FROM "next"
      RETURNING "id", "conversationId", "seq", "senderId", "clientMessageId", "kind", "body", "data", "createdAt", "deletedAt",
                "gigId", "proposalId", "offerId", "orderId"
    ), "read" AS (
      UPDATE "ConversationParticipant" SET "lastReadSeq" = "stored"."seq"
      FROM "stored"
      WHERE "ConversationParticipant"."conversationId" = ${conversationId} AND "ConversationParticipant"."userId" = ${senderId}
    )
    SELECT "context".*, "stored".* FROM "context" LEFT JOIN "stored" ON true`;
  if (!result) return null;
  const { otherUserId, recipientActive, blocked, senderMayWrite, id, ...message } = result;
  return { context: { otherUserId, recipientActive, blocked, senderMayWrite }, row: id === null ? null : { id, ...message } };
}
