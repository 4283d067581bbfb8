import type { Db, Tx } from "@hunar/db/types";

/** Unread messages over all of the user's conversations (the header badge). */
export async function unreadTotal(db: Db | Tx, userId: string): Promise<number> {
  const [row] = await db.$queryRaw<{ total: number }[]>`
    SELECT COALESCE(SUM(c."lastSeq" - p."lastReadSeq"), 0)::int AS "total"
    FROM "ConversationParticipant" AS p JOIN "Conversation" AS c ON c."id" = p."conversationId"
    WHERE p."userId" = ${userId}`;
  return row?.total ?? 0;
}

/** unreadTotal for several users in one query; a user in no conversation has 0. */
export async function unreadTotals(db: Db | Tx, userIds: readonly string[]): Promise<Map<string, number>> {
  const rows = await db.$queryRaw<{ userId: string; total: number }[]>`
    SELECT p."userId", COALESCE(SUM(c."lastSeq" - p."lastReadSeq"), 0)::int AS "total"
    FROM "ConversationParticipant" AS p JOIN "Conversation" AS c ON c."id" = p."conversationId"
    WHERE p."userId" = ANY(${[...userIds]}::text[])
    GROUP BY p."userId"`;
  const totals = new Map(userIds.map((id) => [id, 0]));
  for (const row of rows) totals.set(row.userId, row.total);
  return totals;
}
