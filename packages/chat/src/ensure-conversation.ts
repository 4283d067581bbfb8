import { randomUUID } from "node:crypto";
import type { Tx } from "@hunar/db/types";
import { orderedPair } from "./start-conversation.ts";

/**
 * The pair's conversation, created if missing, inside the caller's transaction. ON CONFLICT DO
 * NOTHING instead of catching the unique violation: on PostgreSQL a failed statement would
 * abort the caller's whole transaction.
 */
export async function ensureConversation(tx: Tx, one: string, two: string): Promise<string> {
  const { userAId, userBId } = orderedPair(one, two);
  await tx.$executeRaw`
    INSERT INTO "Conversation" ("id", "userAId", "userBId") VALUES (${randomUUID()}, ${userAId}, ${userBId})
    ON CONFLICT ("userAId", "userBId") DO NOTHING`;
  const { id } = await tx.conversation.findUniqueOrThrow({ where: { userAId_userBId: { userAId, userBId } }, select: { id: true } });
  await tx.conversationParticipant.createMany({
    data: [
      { conversationId: id, userId: userAId },
      { conversationId: id, userId: userBId },
    ],
    skipDuplicates: true,
  });
  return id;
}
