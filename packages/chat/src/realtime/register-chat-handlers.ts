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
import { type ChatLog, type ChatServer, type ChatSocket, userRoom } from "./socket-types.ts";
import { createTypingGate, type TypingGate } from "./typing-gate.ts";

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

  // Typing gates are made on a socket's first typing signal: most sockets never send one.
  const typingGates = new WeakMap<ChatSocket, TypingGate>();
  const typingGateOf = (socket: ChatSocket): TypingGate => {
    let gate = typingGates.get(socket);
    if (!gate) {
      gate = createTypingGate(db, socket.data.userId, () => now().getTime());
      typingGates.set(socket, gate);
    }
    return gate;
  };

  // One function per event for every socket (socket.io calls a listener with the socket as
  // `this`), rather than a fresh closure per event per socket: an idle socket then holds only
  // references to these.
  function onSend(this: ChatSocket, payload: unknown, ack: unknown): void {
    const { userId } = this.data;
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
  }

  function onSync(this: ChatSocket, payload: unknown, ack: unknown): void {
    const { userId } = this.data;
    track(
      respond({ event: "message:sync", schema: ZSync, payload, ack, log }, (input) =>
        listMessages(db, userId, input.conversationId, { afterSeq: input.afterSeq, limit: MAX_MESSAGES_PAGE }),
      ),
    );
  }

  function onRead(this: ChatSocket, payload: unknown, ack: unknown): void {
    const { userId } = this.data;
    track(
      respond({ event: "conversation:read", schema: ZRead, payload, ack, log }, async (input) => {
        const { otherUserId } = await findParticipation(db, userId, input.conversationId);
        const receipt = await markRead(db, userId, input.conversationId, input.seq);
        publisher.read(receipt, [userId, otherUserId]);
        background(publisher.unread(userId), "could not send the unread total");
        return receipt;
      }),
    );
  }

  function onTyping(this: ChatSocket, payload: unknown): void {
    const parsed = ZTyping.safeParse(payload);
    if (!parsed.success) return;
    const { userId } = this.data;
    const { conversationId } = parsed.data;
    background(
      typingGateOf(this)
        .admit(conversationId)
        .then((otherUserId) => {
          // Only the other person: never stored, never echoed to the typist's own tabs.
          if (otherUserId) io.to(userRoom(otherUserId)).emit("typing", { conversationId, userId });
        }),
      "could not relay typing",
    );
  }

  function onPresenceQuery(this: ChatSocket, payload: unknown, ack: unknown): void {
    const { userId } = this.data;
    track(
      respond({ event: "presence:query", schema: ZPresenceQuery, payload, ack, log }, async (input) => {
        const partners = await conversationPartners(db, userId, [...new Set(input.userIds)]);
        return presenceOf(io, db, partners);
      }),
    );
  }

  function onDisconnect(this: ChatSocket): void {
    if (stopping) return;
    const { userId } = this.data;
    background(
      openSocketCount(io, userId).then(async (open) => {
        if (open > 0 || stopping) return;
        const lastSeenAt = now();
        await db.user.updateMany({ where: { id: userId }, data: { lastSeenAt } });
        await announcePresence(io, db, { userId, online: false, lastSeenAt: lastSeenAt.toISOString() });
      }),
      "could not record last seen",
    );
  }

  io.on("connection", (socket) => {
    const { userId } = socket.data;
    socket.on("message:send", onSend);
    socket.on("message:sync", onSync);
    socket.on("conversation:read", onRead);
    socket.on("typing", onTyping);
    socket.on("presence:query", onPresenceQuery);
    socket.on("disconnect", onDisconnect);

    // Online from the first tab, across processes (the count includes this socket).
    background(
      openSocketCount(io, userId).then(async (open) => {
        if (open <= 1) await announcePresence(io, db, { userId, online: true, lastSeenAt: null });
      }),
      "could not announce presence",
    );
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
