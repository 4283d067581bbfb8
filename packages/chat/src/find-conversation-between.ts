import type { Db, Tx } from "@hunar/db/types";
import { orderedPair } from "./start-conversation.ts";

/** The id of the two people's conversation, or null if they have never had one. */
export async function findConversationBetween(db: Db | Tx, one: string, two: string): Promise<string | null> {
  const conversation = await db.conversation.findUnique({ where: { userAId_userBId: orderedPair(one, two) }, select: { id: true } });
  return conversation?.id ?? null;
}
