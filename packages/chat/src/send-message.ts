import type { AppError } from "@hunar/core/app-error";
import type { Db } from "@hunar/db/types";
import { emailNotVerifiedError } from "@hunar/db/verified-email";
import { z } from "zod";
import { appendMessage } from "./append-message.ts";
import { attachToMessage } from "./attachments/attach-to-message.ts";
import type { ChatActor } from "./chat-actor.ts";
import { chatError, chatKey, conversationNotFound, isUniqueViolation } from "./chat-errors.ts";
import type { MessageLimiter } from "./message-limiter.ts";
import { checkMessageBody, storableMessageBody, ZAbout, ZClientMessageId, ZId } from "./message-rules.ts";
import { parseChatInput } from "./parse-chat-input.ts";
import { loadSendContext, type SendContext } from "./send-context.ts";
import { storeTextMessage } from "./store-text-message.ts";
import { trySendTextMessage } from "./send-text-message.ts";
import type { ChatMessage } from "./realtime/events.ts";
import { CHAT_MESSAGE_SELECT, toChatMessage } from "./to-chat-message.ts";
import { verifyAbout } from "./verify-about.ts";
import type { ConversationSubjects } from "./conversation-subjects.ts";

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

/** Why the context forbids writing now, or null when it allows it. */
function refusalOf(context: SendContext): AppError | null {
  if (context.blocked) return chatError("FORBIDDEN", "blocked");
  if (!context.recipientActive) return chatError("NOT_FOUND", "userNotFound");
  if (!context.senderMayWrite) return emailNotVerifiedError();
  return null;
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
 * and no new seq, also when the two attempts race (the unique index decides). A plain typed
 * message that goes through costs one round trip (trySendTextMessage); anything else is checked
 * step by step, and files need a transaction because their rows are claimed too.
 */
export async function sendMessage(
  db: Db,
  sender: ChatActor,
  values: SendMessageCommand,
  deps: { limiter: MessageLimiter; subjects?: ConversationSubjects },
): Promise<SendMessageResult> {
  const input = parseChatInput(ZSendMessage, values);
  const { userId } = sender;
  const { conversationId, clientMessageId } = input;
  const plainBody = input.attachmentIds?.length || input.about ? null : storableMessageBody(input.body);
  if (plainBody !== null) {
    const sent = await trySendTextMessage(db, deps.limiter, { conversationId, senderId: userId, clientMessageId, body: plainBody });
    if (sent) return sent;
  }
  const context = await loadSendContext(db, userId, conversationId);
  const recipientId = context.otherUserId;
  // A refusal of what may be a retry of a message already stored (its acknowledgement lost, a
  // block or the limit arrived since) answers with the stored message: it was sent before.
  const refuse = async (error: unknown): Promise<SendMessageResult> => {
    const replay = await storedReplay(db, userId, conversationId, clientMessageId, recipientId);
    if (replay) return replay;
    throw error;
  };

  const attachmentIds = input.attachmentIds ?? [];
  const body = checkMessageBody(input.body, attachmentIds.length > 0);
  const refusal = refusalOf(context);
  if (refusal) return refuse(refusal);
  const about = await verifyAbout(db, input.about, [userId, recipientId], deps.subjects);
  try {
    await deps.limiter.consume(userId);
  } catch (error) {
    return refuse(error);
  }

  try {
    if (attachmentIds.length === 0) {
      const stored = await storeTextMessage(db, { conversationId, senderId: userId, clientMessageId, body, about });
      if (!stored) throw conversationNotFound();
      // A block or a suspension that landed since the check above: the statement re-checked.
      if (!stored.row) return refuse(refusalOf(stored.context) ?? conversationNotFound());
      return { message: toChatMessage(stored.row, []), replayed: false, recipientId };
    }
    const message = await db.$transaction(async (tx) => {
      const row = await appendMessage(tx, {
        conversationId,
        senderId: userId,
        clientMessageId,
        kind: "TEXT",
        body,
        about,
        readBy: userId,
      });
      const attachments = await attachToMessage(tx, { uploaderId: userId, messageId: row.id, attachmentIds });
      return toChatMessage(row, attachments);
    });
    return { message, replayed: false, recipientId };
  } catch (error) {
    // A retry, or a concurrent attempt with the same client id that committed first; ours was
    // rolled back whole (seq included).
    if (!isUniqueViolation(error)) throw error;
    return refuse(error);
  }
}
