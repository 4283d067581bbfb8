import type { Db } from "@hunar/db/types";
import { z } from "zod";
import { conversationNotFound } from "./chat-errors.ts";
import { ZId } from "./message-rules.ts";
import { parseChatInput } from "./parse-chat-input.ts";
import type { ReadReceipt } from "./realtime/events.ts";

const ZMarkRead = z.object({ conversationId: ZId, seq: z.number().int().min(0).max(2_147_483_647) });

/**
 * Moves the user's read mark up to `seq`: never down (a stale tab reporting an old position
 * changes nothing) and never past the last message (a made-up seq cannot hide future ones).
 */
export async function markRead(db: Db, userId: string, conversationId: string, seq: number): Promise<ReadReceipt> {
  const input = parseChatInput(ZMarkRead, { conversationId, seq });
  const [row] = await db.$queryRaw<{ lastReadSeq: number }[]>`
    UPDATE "ConversationParticipant" AS p
    SET "lastReadSeq" = GREATEST(p."lastReadSeq", LEAST(${input.seq}::int, c."lastSeq"))
    FROM "Conversation" AS c
    WHERE c."id" = p."conversationId" AND p."conversationId" = ${input.conversationId} AND p."userId" = ${userId}
    RETURNING p."lastReadSeq"`;
  if (!row) throw conversationNotFound();
  return { conversationId: input.conversationId, userId, lastReadSeq: row.lastReadSeq };
}
