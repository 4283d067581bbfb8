import { randomUUID } from "node:crypto";
import type { Db } from "@hunar/db/types";
import { conversationNotFound } from "./chat-errors.ts";
import type { ChatMessageRow } from "./to-chat-message.ts";
import type { About } from "./verify-about.ts";

/**
 * Stores a typed message without files in ONE statement: take the next seq under the
 * conversation's row lock, insert the message, and move the sender's read mark to it. A single
 * statement is atomic on its own, so this needs no interactive transaction (which would hold a
 * pooled connection across several round trips) and keeps the guarantees of appendMessage: a
 * gap-free seq in one order for everyone, and a duplicate client id (unique violation) rolls the
 * whole statement back, seq included.
 */
export async function storeTextMessage(
  db: Db,
  input: { conversationId: string; senderId: string; clientMessageId: string; body: string; about: About },
): Promise<ChatMessageRow> {
  const { conversationId, senderId, clientMessageId, body, about } = input;
  const [row] = await db.$queryRaw<ChatMessageRow[]>`
    WITH "next" AS (
      UPDATE "Conversation" SET "lastSeq" = "lastSeq" + 1, "lastMessageAt" = clock_timestamp()
      WHERE "id" = ${conversationId}
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
      UPDATE "ConversationParticipant" SET "lastReadSeq" = (SELECT "seq" FROM "stored")
      WHERE "conversationId" = ${conversationId} AND "userId" = ${senderId}
    )
    SELECT * FROM "stored"`;
  if (!row) throw conversationNotFound();
  return row;
}
