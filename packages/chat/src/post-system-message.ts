import { randomUUID } from "node:crypto";
import type { Db, Tx } from "@hunar/db/types";
import { appendMessage } from "./append-message.ts";
import { conversationNotFound } from "./chat-errors.ts";
import { ensureConversation } from "./ensure-conversation.ts";
import type { ChatMessage } from "./realtime/events.ts";
import { CHAT_MESSAGE_SELECT, toChatMessage } from "./to-chat-message.ts";
import { NO_ABOUT } from "./verify-about.ts";

export interface PostSystemMessageInput {
  /** The conversation to post in; or give orderId to post in the order's client–freelancer one. */
  conversationId?: string;
  orderId?: string;
  /** An i18n key rendered with `data` in the reader's language ("chat:system.orderFunded"). */
  key: string;
  data?: Record<string, string | number>;
  /** The custom offer it shows (its card in the conversation). */
  offerId?: string;
  /** The gig it is about (a client asking for a custom offer on it). */
  gigId?: string;
  /** The participant whose action caused it (their unread count does not grow); default none. */
  actorId?: string;
  /** Posting again with the same key in the same conversation returns the first message. */
  dedupeKey?: string;
}

export interface PostedSystemMessage {
  message: ChatMessage;
  /** Both participants, to broadcast to. */
  userIds: [string, string];
  replayed: boolean;
}

// A transaction client has $transaction too (nested savepoints), but never $disconnect.
const isClient = (db: Db | Tx): db is Db => "$disconnect" in db;

/**
 * A message from the platform (order funded, delivery made). Works inside the caller's
 * transaction (pass tx) so it commits with the change it reports, or on its own (pass db).
 * Blocks do not stop it: the parties of an order still need to see what happens to it.
 */
export async function postSystemMessage(db: Db | Tx, input: PostSystemMessageInput): Promise<PostedSystemMessage> {
  if (isClient(db)) return db.$transaction((tx) => post(tx, input));
  return post(db, input);
}

async function post(tx: Tx, input: PostSystemMessageInput): Promise<PostedSystemMessage> {
  const { conversationId, userIds } = await resolveConversation(tx, input);
  const clientMessageId = `system-${input.dedupeKey ?? randomUUID()}`;
  if (input.dedupeKey) {
    const stored = await tx.message.findFirst({ where: { conversationId, kind: "SYSTEM", clientMessageId }, select: CHAT_MESSAGE_SELECT });
    if (stored) return { message: toChatMessage(stored), userIds, replayed: true };
  }
  const actor = input.actorId && userIds.includes(input.actorId) ? input.actorId : undefined;
  const row = await appendMessage(tx, {
    conversationId,
    // A message needs a sender row; the actor if there is one, else either participant (the
    // SYSTEM kind, not the sender, is what readers see).
    senderId: actor ?? userIds[0],
    clientMessageId,
    kind: "SYSTEM",
    body: input.key,
    ...(input.data ? { data: input.data } : {}),
    about: { ...NO_ABOUT, orderId: input.orderId ?? null, offerId: input.offerId ?? null, gigId: input.gigId ?? null },
    ...(actor ? { readBy: actor } : {}),
  });
  return { message: toChatMessage(row), userIds, replayed: false };
}

async function resolveConversation(tx: Tx, input: PostSystemMessageInput): Promise<{ conversationId: string; userIds: [string, string] }> {
  if (input.conversationId) {
    const conversation = await tx.conversation.findUnique({
      where: { id: input.conversationId },
      select: { userAId: true, userBId: true },
    });
    if (!conversation) throw conversationNotFound();
    return { conversationId: input.conversationId, userIds: [conversation.userAId, conversation.userBId] };
  }
  if (!input.orderId) throw new Error("postSystemMessage needs a conversationId or an orderId");
  const order = await tx.order.findUnique({ where: { id: input.orderId }, select: { clientId: true, freelancerId: true } });
  if (!order) throw conversationNotFound();
  const conversationId = await ensureConversation(tx, order.clientId, order.freelancerId);
  return { conversationId, userIds: [order.clientId, order.freelancerId] };
}
