import type { Db } from "@hunar/db/types";
import { z } from "zod";
import { appendMessage } from "./append-message.ts";
import { attachToMessage } from "./attachments/attach-to-message.ts";
import type { ChatActor } from "./chat-actor.ts";
import { chatError, chatKey, isUniqueViolation } from "./chat-errors.ts";
import { findParticipation } from "./find-participation.ts";
import type { MessageLimiter } from "./message-limiter.ts";
import { checkMessageBody, ZAbout, ZClientMessageId, ZId } from "./message-rules.ts";
import { parseChatInput } from "./parse-chat-input.ts";
import type { ChatMessage } from "./realtime/events.ts";
import { isBlockedBetween } from "./safety/blocks.ts";
import { CHAT_MESSAGE_SELECT, toChatMessage } from "./to-chat-message.ts";
import { verifyAbout } from "./verify-about.ts";

export const ZSendMessage = z.object({
  conversationId: ZId,
  clientMessageId: ZClientMessageId,
  // The length rule (in characters, after trimming) is checked by checkMessageBody; this bound
  // only stops absurd payloads before any work.
  body: z.string({ error: chatKey("messageEmpty") }).max(100_000, { error: chatKey("messageTooLong") }),
  attachmentIds: z.array(ZId).max(20).optional(),
  about: ZAbout.optional(),
});
export type SendMessageCommand = z.input<typeof ZSendMessage>;

export interface SendMessageResult {
  message: ChatMessage;
  /** True when this clientMessageId was already stored: nothing new was written. */
  replayed: boolean;
  recipientId: string;
}

/** The stored message of an earlier send with this client id, as a replay; null if none. */
async function storedReplay(db: Db, senderId: string, conversationId: string, clientMessageId: string, recipientId: string) {
  const stored = await db.message.findUnique({
    where: { senderId_clientMessageId: { senderId, clientMessageId } },
    select: CHAT_MESSAGE_SELECT,
  });
  if (!stored) return null;
  // The id was used for a message elsewhere: a client bug, never a retry of this message.
  if (stored.conversationId !== conversationId) throw chatError("CONFLICT", "clientMessageIdReused");
  return { message: toChatMessage(stored), replayed: true, recipientId };
}

/**
 * Stores a typed message (persist first: the caller acknowledges and broadcasts only after this
 * returns). A retry with the same clientMessageId returns the stored message with replayed: true
 * and no new seq, also when the two attempts race (the unique index decides).
 */
export async function sendMessage(
  db: Db,
  sender: ChatActor,
  values: SendMessageCommand,
  deps: { limiter: MessageLimiter },
): Promise<SendMessageResult> {
  const input = parseChatInput(ZSendMessage, values);
  const { userId } = sender;
  const { conversationId, clientMessageId } = input;
  const { otherUserId: recipientId } = await findParticipation(db, userId, conversationId);

  const replay = await storedReplay(db, userId, conversationId, clientMessageId, recipientId);
  if (replay) return replay;

  const attachmentIds = input.attachmentIds ?? [];
  const body = checkMessageBody(input.body, attachmentIds.length > 0);
  if (await isBlockedBetween(db, userId, recipientId)) throw chatError("FORBIDDEN", "blocked");
  const recipient = await db.user.findUnique({ where: { id: recipientId }, select: { suspendedAt: true } });
  if (!recipient || recipient.suspendedAt !== null) throw chatError("NOT_FOUND", "userNotFound");
  const about = await verifyAbout(db, input.about, [userId, recipientId]);
  // Counted only for new messages: a retry after a lost acknowledgement costs nothing.
  await deps.limiter.consume(userId);

  try {
    const message = await db.$transaction(async (tx) => {
      const row = await appendMessage(tx, { conversationId, senderId: userId, clientMessageId, kind: "TEXT", body, about, readBy: userId });
      const attachments = await attachToMessage(tx, { uploaderId: userId, messageId: row.id, attachmentIds });
      return toChatMessage(row, attachments);
    });
    return { message, replayed: false, recipientId };
  } catch (error) {
    // A concurrent attempt with the same client id committed first; ours rolled back whole.
    if (!isUniqueViolation(error)) throw error;
    const raced = await storedReplay(db, userId, conversationId, clientMessageId, recipientId);
    if (!raced) throw error;
    return raced;
  }
}
