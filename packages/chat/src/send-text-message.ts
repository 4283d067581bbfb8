import type { Db } from "@hunar/db/types";
import type { MessageLimiter } from "./message-limiter.ts";
import type { SendMessageResult } from "./send-message.ts";
import { storeTextMessage } from "./store-text-message.ts";
import { toChatMessage } from "./to-chat-message.ts";
import { NO_ABOUT } from "./verify-about.ts";
import { isUniqueViolation } from "./chat-errors.ts";

/**
 * The common send, a typed message with no files and nothing it is about, in one round trip:
 * count it against the limit, then check and store it in one statement. Null when that did not
 * simply succeed (refused by the limit or a rule, a retry, not the sender's conversation): the
 * point is handed back and sendMessage's step-by-step path answers instead, so every refusal and
 * replay is exactly what it was, and only a message that goes through is cheaper.
 */
export async function trySendTextMessage(
  db: Db,
  limiter: MessageLimiter,
  input: { conversationId: string; senderId: string; clientMessageId: string; body: string },
): Promise<SendMessageResult | null> {
  try {
    await limiter.consume(input.senderId);
  } catch {
    return null;
  }
  let stored;
  try {
    stored = await storeTextMessage(db, { ...input, about: NO_ABOUT });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    stored = null;
  }
  if (stored?.row) return { message: toChatMessage(stored.row, []), replayed: false, recipientId: stored.context.otherUserId };
  await limiter.refund(input.senderId);
  return null;
}
