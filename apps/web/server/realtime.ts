import { once } from "node:events";
import type { Server as HttpServer } from "node:http";
import { createAdapter } from "@socket.io/redis-adapter";
import { isAllowedOrigin } from "@hunar/auth/origin";
import { sessionFromCookie } from "@hunar/auth/session-cookie";
import type { Db } from "@hunar/db/client";
import type { Redis } from "ioredis";
import { Server } from "socket.io";
import { createMessageLimiter, type MessageLimiter } from "@hunar/chat/message-limiter";
import { type NotificationEvent, SOCKET_REJECTION, type UnreadNotificationsEvent } from "@hunar/chat/realtime/events";
import type { ChatPublisher } from "@hunar/chat/realtime/publish";
import { registerChatHandlers } from "@hunar/chat/realtime/register-chat-handlers";
import { releaseHandshakes } from "@hunar/chat/realtime/release-handshake";
import { conversationSubjects } from "@hunar/api/conversation-subjects";
import { type ChatServer, type ChatSocketData, sessionRoom, userRoom } from "@hunar/chat/realtime/socket-types";
import { unreadTotal } from "@hunar/chat/unread-total";
import type { Logger } from "./logger.ts";

/** What the server remembers about an accepted socket. */
export type SocketData = ChatSocketData;

export type HunarIo = ChatServer;

export { sessionRoom, userRoom };

export interface RealtimeOptions {
  db: Db;
  allowedOrigins: () => readonly string[];
  log: Logger;
  /** When given, events and disconnects reach sockets held by every process sharing this Redis. */
  redis?: Redis | null;
}

export interface Realtime {
  io: HunarIo;
  /** Live delivery of stored chat writes (for HTTP paths: a form post, a system message). */
  chat: ChatPublisher;
  /** The process's message rate limit (shared through Redis when configured); pass to sendMessage. */
  messageLimiter: MessageLimiter;
  /** Pushes a notification to every open tab of the user, in every process (the dispatcher's live delivery). */
  publishNotification(userId: string, notification: NotificationEvent): void;
  /** Tells every open tab of the user their unread notification count, after they read some. */
  publishUnreadNotifications(userId: string, event: UnreadNotificationsEvent): void;
  /** Ends every socket opened with this session, in every process (logout). */
  disconnectSession(sessionId: string): void;
  /** Ends every socket of this user, in every process (logout everywhere, password change). */
  disconnectUser(userId: string): void;
  close(): Promise<void>;
}

const REDIS_READY_TIMEOUT_MS = 10_000;

/** Resolves once the subscriber has answered, so the adapter's subscriptions are in place. */
async function subscriptionsReady(subscriber: Redis): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () => reject(new Error(`Redis did not answer within ${REDIS_READY_TIMEOUT_MS / 1000} s; check REDIS_URL`)),
      REDIS_READY_TIMEOUT_MS,
    );
  });
  try {
    // Redis answers a connection's commands in order: the PING reply comes after the replies
    // to the adapter's (P)SUBSCRIBE, so events published from now on reach this process.
    await Promise.race([subscriber.ping(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export async function createRealtime(httpServer: HttpServer, { db, allowedOrigins, log, redis }: RealtimeOptions): Promise<Realtime> {
  const io: HunarIo = new Server(httpServer, {
    serveClient: false,
    // WebSocket only: every handshake carries an Origin to check (a same-origin polling GET
    // does not), and load balancers need no sticky sessions.
    transports: ["websocket"],
    // No CORS headers: only our own pages may open a socket (the Origin check below enforces it).
    cors: undefined,
  });

  // The Redis adapter needs a connection of its own in subscriber mode.
  const subscriber = redis ? redis.duplicate() : null;
  if (redis && subscriber) {
    io.adapter(createAdapter(redis, subscriber, { key: "hunar:socket.io" }));
    await subscriptionsReady(subscriber);
  }

  io.use((socket, next) => {
    const headers = socket.handshake.headers;
    // Browsers always send Origin on a WebSocket or cross-origin request; a foreign page could
    // otherwise ride the user's cookie (cross-site WebSocket hijacking).
    if (!isAllowedOrigin(headers.origin, allowedOrigins())) {
      next(new Error(SOCKET_REJECTION.forbiddenOrigin));
      return;
    }
    // A handshake cannot set cookies: a renewed or renamed cookie reaches the browser with its next page.
    sessionFromCookie(db, headers.cookie).then(
      ({ user, session }) => {
        if (user === null) return next(new Error(SOCKET_REJECTION.unauthenticated));
        socket.data = { userId: user.id, sessionId: session.id };
        next();
      },
      (error: unknown) => {
        log.error({ err: error }, "socket authentication failed");
        next(new Error(SOCKET_REJECTION.unauthenticated));
      },
    );
  });

  // Origin and cookie are read above, once: an open socket keeps nothing of its request.
  releaseHandshakes(io);

  // Registered before the chat handlers: a socket is in its rooms before presence counts it.
  io.on("connection", (socket) => {
    const { userId, sessionId } = socket.data;
    void socket.join([userRoom(userId), sessionRoom(sessionId)]);
    unreadTotal(db, userId).then(
      (unreadMessages) => socket.emit("hello", { userId, unreadMessages }),
      (error: unknown) => {
        // The connection still works; the badge catches up with the next "unread" event.
        log.error({ err: error }, "could not count unread messages");
        socket.emit("hello", { userId, unreadMessages: 0 });
      },
    );
  });

  const messageLimiter = createMessageLimiter({ redis: redis ?? null });
  const chat = registerChatHandlers(io, { db, limiter: messageLimiter, log, subjects: conversationSubjects });

  return {
    io,
    chat: chat.publisher,
    messageLimiter,
    publishNotification: (userId, notification) => void io.to(userRoom(userId)).emit("notification:new", notification),
    publishUnreadNotifications: (userId, event) => void io.to(userRoom(userId)).emit("notifications:unread", event),
    disconnectSession: (sessionId) => io.in(sessionRoom(sessionId)).disconnectSockets(true),
    disconnectUser: (userId) => io.in(userRoom(userId)).disconnectSockets(true),
    close: async () => {
      await chat.stop();
      // io.close() closes every socket and starts closing the HTTP server it is attached to,
      // without waiting for it. Wait for requests already in flight to finish, so the caller does
      // not close the database under them (a stop under load used to log "PGlite is closed").
      const drained = once(httpServer, "close");
      await io.close();
      await drained;
      if (subscriber) await subscriber.quit().catch(() => undefined);
    },
  };
}
