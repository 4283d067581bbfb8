import type { Db, Tx } from "@hunar/db/types";

/** Unread messages over all of the user's conversations (the header badge). */
export async function unreadTotal(db: Db | Tx, userId: string): Promise<number> {
  const [row] = await db.$queryRaw<{ total: number }[]>`
    SELECT COALESCE(SUM(c."lastSeq" - p."lastReadSeq"), 0)::int AS "total"
    FROM "ConversationParticipant" AS p JOIN "Conversation" AS c ON c."id" = p."conversationId"
    WHERE p."userId" = ${userId}`;
  return row?.total ?? 0;
}
