import type { Db } from "@hunar/db/types";
import type { ConversationSubjects } from "../conversation-subjects.ts";
import { z } from "zod";
import { findParticipation } from "../find-participation.ts";
import { listMessages, MAX_MESSAGES_PAGE } from "../list-messages.ts";
import { markRead } from "../mark-read.ts";
import type { MessageLimiter } from "../message-limiter.ts";
import { ZId } from "../message-rules.ts";
import { sendMessage, type SendMessageResult, ZSendMessage } from "../send-message.ts";
import { announcePresence, conversationPartners, openSocketCount, presenceOf } from "./presence.ts";
import { createChatPublisher, type ChatPublisher } from "./publish.ts";
import { respond } from "./respond.ts";
import { type ChatLog, type ChatServer, userRoom } from "./socket-types.ts";
import { createTypingGate } from "./typing-gate.ts";

export interface ChatHandlerDeps {
  db: Db;
  /** One per process (or shared through Redis): counts messages per sender. */
  limiter: MessageLimiter;
  log: ChatLog;
  /** Who what a message is about concerns (gigs, orders, proposals answer); see verifyAbout. */
  subjects?: ConversationSubjects;
  /** Tests: a clock. */
  now?: () => Date;
}

export interface ChatHandlers {
  publisher: ChatPublisher;
  /**
   * The process is shutting down: its sockets will reconnect elsewhere, so nobody goes
   * "offline". Resolves once work already under way has finished, so it never meets a closed
   * database or Redis connection.
   */
  stop(): Promise<void>;
}

const seq = z.number().int().min(0).max(2_147_483_647);
const ZSync = z.object({ conversationId: ZId, afterSeq: seq });
const ZRead = z.object({ conversationId: ZId, seq });
const ZTyping = z.object({ conversationId: ZId });
const ZPresenceQuery = z.object({ userIds: z.array(ZId).max(100) });

/**
 * The chat's socket events on an io server whose sockets are already authenticated and joined
 * to `user:<id>` (apps/web/server/realtime.ts does that first). Every write is persisted before
 * it is acknowledged, and acknowledged before it is broadcast.
 */
export function registerChatHandlers(io: ChatServer, deps: ChatHandlerDeps): ChatHandlers {
  const { db, limiter, log } = deps;
  const now = deps.now ?? (() => new Date());
  const publisher = createChatPublisher(io, { db, log });
  let stopping = false;
  const pending = new Set<Promise<unknown>>();
  const track = (work: Promise<unknown>) => {
    pending.add(work);
    const settled = () => pending.delete(work);
    work.then(settled, settled);
  };

  // Presence and broadcasts run beside the events: they must never hold up or break a user's
  // own actions, and a failure is logged, never thrown.
  const background = (work: Promise<unknown>, what: string) =>
    track(
      work.catch((error: unknown) => {
        if (!stopping) log.error({ err: error }, what);
      }),
    );

  io.on("connection", (socket) => {
    const { userId } = socket.data;
    const typing = createTypingGate(db, userId, () => now().getTime());

    socket.on("message:send", (payload: unknown, ack: unknown) => {
      let stored: SendMessageResult | undefined;
      track(
        respond({ event: "message:send", schema: ZSendMessage, payload, ack, log }, async (input) => {
          stored = await sendMessage(db, { userId }, input, { limiter, subjects: deps.subjects });
          return stored.message;
        }).then(() => {
          // respond() has acknowledged by now: the sender hears "stored" before anyone hears the message.
          if (stored) background(publisher.sent(stored), "could not broadcast a message");
        }),
      );
    });

    socket.on("message:sync", (payload: unknown, ack: unknown) => {
      track(
        respond({ event: "message:sync", schema: ZSync, payload, ack, log }, (input) =>
          listMessages(db, userId, input.conversationId, { afterSeq: input.afterSeq, limit: MAX_MESSAGES_PAGE }),
        ),
      );
    });

    socket.on("conversation:read", (payload: unknown, ack: unknown) => {
      track(
        respond({ event: "conversation:read", schema: ZRead, payload, ack, log }, async (input) => {
          const { otherUserId } = await findParticipation(db, userId, input.conversationId);
          const receipt = await markRead(db, userId, input.conversationId, input.seq);
          publisher.read(receipt, [userId, otherUserId]);
          background(publisher.unread(userId), "could not send the unread total");
          return receipt;
        }),
      );
    });

    socket.on("typing", (payload: unknown) => {
      const parsed = ZTyping.safeParse(payload);
      if (!parsed.success) return;
      const { conversationId } = parsed.data;
      background(
        typing.admit(conversationId).then((otherUserId) => {
          // Only the other person: never stored, never echoed to the typist's own tabs.
          if (otherUserId) io.to(userRoom(otherUserId)).emit("typing", { conversationId, userId });
        }),
        "could not relay typing",
      );
    });

    socket.on("presence:query", (payload: unknown, ack: unknown) => {
      track(
        respond({ event: "presence:query", schema: ZPresenceQuery, payload, ack, log }, async (input) => {
          const partners = await conversationPartners(db, userId, [...new Set(input.userIds)]);
          return presenceOf(io, db, partners);
        }),
      );
    });

    // Online from the first tab, across processes (the count includes this socket).
    background(
      openSocketCount(io, userId).then(async (open) => {
        if (open <= 1) await announcePresence(io, db, { userId, online: true, lastSeenAt: null });
      }),
      "could not announce presence",
    );

    socket.on("disconnect", () => {
      if (stopping) return;
      background(
        openSocketCount(io, userId).then(async (open) => {
          if (open > 0 || stopping) return;
          const lastSeenAt = now();
          await db.user.updateMany({ where: { id: userId }, data: { lastSeenAt } });
          await announcePresence(io, db, { userId, online: false, lastSeenAt: lastSeenAt.toISOString() });
        }),
        "could not record last seen",
      );
    });
  });

  return {
    publisher,
    async stop() {
      stopping = true;
      // Finishing work may start more (a stored message's broadcast): wait until none is left.
      while (pending.size > 0) await Promise.allSettled([...pending]);
    },
  };
}
