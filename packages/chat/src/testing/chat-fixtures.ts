import { randomUUID } from "node:crypto";
import { createTestUser } from "@hunar/db/testing/factories";
import type { Db } from "@hunar/db/client";
import type { ChatActor } from "../chat-actor.ts";
import { createMessageLimiter, type MessageLimiter } from "../message-limiter.ts";
import { sendMessage, type SendMessageResult } from "../send-message.ts";
import { startConversation } from "../start-conversation.ts";

/** A user with a handle; `suspended` sets suspendedAt. */
export async function createChatUser(db: Db, name: string, options: { suspended?: boolean } = {}): Promise<ChatActor> {
  const { userId } = await createTestUser(db, name, { suspended: options.suspended ?? false });
  return { userId };
}

/** A limiter generous enough that only the rate-limit tests ever meet it. */
export const relaxedLimiter = (): MessageLimiter => createMessageLimiter({ points: 10_000 });

export interface Pair {
  a: ChatActor;
  b: ChatActor;
  conversationId: string;
}

export async function createPair(db: Db, names: [string, string] = ["Ayesha Khan", "Bilal Ahmed"]): Promise<Pair> {
  const a = await createChatUser(db, names[0]);
  const b = await createChatUser(db, names[1]);
  return { a, b, conversationId: await startConversation(db, a, { otherUserId: b.userId }) };
}

/** Sends `body` with a fresh client id. */
export function say(db: Db, pair: Pair, from: "a" | "b", body: string, limiter = relaxedLimiter()): Promise<SendMessageResult> {
  return sendMessage(db, pair[from], { conversationId: pair.conversationId, clientMessageId: randomUUID(), body }, { limiter });
}

export async function blockUser(db: Db, blockerId: string, blockedId: string): Promise<void> {
  await db.block.create({ data: { blockerId, blockedId } });
}
