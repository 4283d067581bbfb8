import { activeUserWhere } from "@hunar/db/active-user";
import type { Db, Tx } from "@hunar/db/types";

export interface MessageRecipient {
  id: string;
  displayName: string;
}

/** Someone a conversation can be started with: an existing account that is active; null otherwise. */
export async function findMessageRecipient(db: Db | Tx, userId: string): Promise<MessageRecipient | null> {
  if (userId.length === 0 || userId.length > 200) return null;
  return db.user.findFirst({ where: { id: userId, ...activeUserWhere }, select: { id: true, displayName: true } });
}
