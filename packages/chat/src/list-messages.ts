import type { Db, Prisma } from "@hunar/db/types";
import { z } from "zod";
import { findParticipation } from "./find-participation.ts";
import { parseChatInput } from "./parse-chat-input.ts";
import type { ChatMessage } from "./realtime/events.ts";
import { CHAT_MESSAGE_SELECT, toChatMessage } from "./to-chat-message.ts";

export const MAX_MESSAGES_PAGE = 100;

const seq = z.number().int().min(0).max(2_147_483_647);
export const ZListMessages = z.object({
  afterSeq: seq.optional(),
  beforeSeq: seq.optional(),
  limit: z.number().int().min(1).max(MAX_MESSAGES_PAGE).default(50),
});
export type ListMessagesInput = z.input<typeof ZListMessages>;

export interface MessagePage {
  /** Ascending by seq. */
  messages: ChatMessage[];
  /** afterSeq: more newer ones follow; otherwise: older ones exist before this page. */
  hasMore: boolean;
}

/**
 * A page of a conversation the user takes part in (NOT_FOUND otherwise). afterSeq catches up
 * after an outage (oldest first, so a client can apply pages in order); beforeSeq pages back
 * through history; neither gives the latest page.
 */
export async function listMessages(db: Db, userId: string, conversationId: string, values: ListMessagesInput = {}): Promise<MessagePage> {
  const input = parseChatInput(ZListMessages, values);
  await findParticipation(db, userId, conversationId);
  const take = input.limit + 1;
  const forward = input.afterSeq !== undefined;
  const where: Prisma.MessageWhereInput = { conversationId };
  if (input.afterSeq !== undefined) where.seq = { gt: input.afterSeq };
  else if (input.beforeSeq !== undefined) where.seq = { lt: input.beforeSeq };

  const rows = await db.message.findMany({ where, orderBy: { seq: forward ? "asc" : "desc" }, take, select: CHAT_MESSAGE_SELECT });
  const hasMore = rows.length > input.limit;
  const page = rows.slice(0, input.limit);
  if (!forward) page.reverse();
  return { messages: page.map((row) => toChatMessage(row)), hasMore };
}
