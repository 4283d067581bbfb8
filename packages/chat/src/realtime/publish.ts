import type { Db } from "@hunar/db/types";
import type { SendMessageResult } from "../send-message.ts";
import { createUnreadRecount } from "./unread-recount.ts";
import type { ChatMessage, ReadReceipt } from "./events.ts";
import { type ChatLog, type ChatServer, userRoom } from "./socket-types.ts";

/**
 * Live delivery of what the domain stored, to every open tab of the people concerned in every
 * process. Call only after the write committed. Used by the socket handlers and by HTTP paths
 * (a form post without JavaScript, a system message from an order change).
 */
export interface ChatPublisher {
  message(message: ChatMessage, userIds: readonly string[]): void;
  read(receipt: ReadReceipt, userIds: readonly string[]): void;
  /** Recounts and sends the user's unread total (the header badge); never throws. */
  unread(userId: string): Promise<void>;
  /** A send's broadcast: nothing for a replay (it went out the first time), else both users plus the recipient's badge. */
  sent(result: SendMessageResult): Promise<void>;
}

export function createChatPublisher(io: ChatServer, { db, log }: { db: Db; log: ChatLog }): ChatPublisher {
  const recountUnread = createUnreadRecount(db, (userId, total) => io.to(userRoom(userId)).emit("unread", { total }), log);
  const publisher: ChatPublisher = {
    message(message, userIds) {
      io.to(userIds.map(userRoom)).emit("message:new", message);
    },
    read(receipt, userIds) {
      io.to(userIds.map(userRoom)).emit("conversation:read", receipt);
    },
    unread: recountUnread,
    async sent(result) {
      if (result.replayed) return;
      publisher.message(result.message, [result.message.senderId, result.recipientId]);
      await publisher.unread(result.recipientId);
    },
  };
  return publisher;
}
