import { activeUserSql } from "@hunar/db/active-user";
import { Prisma, type Db } from "@hunar/db/types";
import { verifiedEmailSql } from "@hunar/db/verified-email";
import { conversationNotFound } from "./chat-errors.ts";

export interface SendContext {
  otherUserId: string;
  /** The recipient's account is active (@hunar/db/active-user). */
  recipientActive: boolean;
  /** Either of the two has blocked the other. */
  blocked: boolean;
  /**
   * The sender's e-mail is verified, or the other person has written here already: an account
   * that is not verified yet may answer, but not be the first to write (@hunar/db/verified-email).
   */
  senderMayWrite: boolean;
}

/**
 * Everything a send must know before it writes, in one round trip: the sender's place in the
 * conversation, whether the recipient may receive, whether a block stands between them, and
 * whether the sender may write first.
 * Sends are the hottest path of the chat, and each round trip costs more than the SQL it runs.
 * NOT_FOUND for a conversation that does not exist or is someone else's (one answer for both).
 */
export async function loadSendContext(db: Db, userId: string, conversationId: string): Promise<SendContext> {
  const [row] = await db.$queryRaw<SendContext[]>(sendContextSql(userId, conversationId));
  if (!row) throw conversationNotFound();
  return row;
}

/** The query behind loadSendContext: no row when the conversation is not the user's. Also a CTE of storeTextMessage. */
export function sendContextSql(userId: string, conversationId: string): Prisma.Sql {
  return Prisma.sql`
    SELECT other."id" AS "otherUserId",
           (${activeUserSql("other")}) AS "recipientActive",
           EXISTS (
             SELECT 1 FROM "Block" AS b
             WHERE (b."blockerId" = c."userAId" AND b."blockedId" = c."userBId")
                OR (b."blockerId" = c."userBId" AND b."blockedId" = c."userAId")
           ) AS "blocked",
           CASE WHEN ${verifiedEmailSql("me")} THEN true
                ELSE EXISTS (SELECT 1 FROM "Message" AS m WHERE m."conversationId" = c."id" AND m."senderId" = other."id")
           END AS "senderMayWrite"
    FROM "Conversation" AS c
    JOIN "User" AS other ON other."id" = CASE WHEN c."userAId" = ${userId} THEN c."userBId" ELSE c."userAId" END
    JOIN "User" AS me ON me."id" = ${userId}
    WHERE c."id" = ${conversationId} AND ${userId} IN (c."userAId", c."userBId")`;
}
