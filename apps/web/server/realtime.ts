import type { Server as HttpServer } from "node:http";
import { createAdapter } from "@socket.io/redis-adapter";
import { readSessionToken } from "@hunar/auth/cookie";
import { isAllowedOrigin } from "@hunar/auth/origin";
import { validateSessionToken } from "@hunar/auth/session";
import type { Db } from "@hunar/db/client";
import type { Redis } from "ioredis";
import { Server } from "socket.io";
import {
  SOCKET_REJECTION,
  type ClientToServerEvents,
  type ServerToClientEvents,
} from "@hunar/chat/realtime/events";
import type { Logger } from "./logger.ts";

/** What the server remembers about an accepted socket. */
export interface SocketData {
  userId: string;
  sessionId: string;
}

export type HunarIo = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

export const userRoom = (userId: string) => `user:${userId}`;
export const sessionRoom = (sessionId: string) => `session:${sessionId}`;

export interface RealtimeOptions {
  db: Db;
  allowedOrigins: () => readonly string[];
  log: Logger;
  /** When given, events and disconnects reach sockets held by every process sharing this Redis. */
  redis?: Redis | null;
}

export interface Realtime {
  io: HunarIo;
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

export async function createRealtime(
  httpServer: HttpServer,
  { db, allowedOrigins, log, redis }: RealtimeOptions,
): Promise<Realtime> {
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
    const token = readSessionToken(headers.cookie);
    if (token === null) {
      next(new Error(SOCKET_REJECTION.unauthenticated));
      return;
    }
    validateSessionToken(db, token).then(
      (result) => {
        if (result === null) return next(new Error(SOCKET_REJECTION.unauthenticated));
        socket.data = { userId: result.user.id, sessionId: result.session.id };
        next();
      },
      (error: unknown) => {
        log.error({ err: error }, "socket authentication failed");
        next(new Error(SOCKET_REJECTION.unauthenticated));
      },
    );
  });

  io.on("connection", (socket) => {
    const { userId, sessionId } = socket.data;
    void socket.join([userRoom(userId), sessionRoom(sessionId)]);
    socket.emit("hello", { userId, unreadMessages: 0 });
  });

  return {
    io,
    disconnectSession: (sessionId) => io.in(sessionRoom(sessionId)).disconnectSockets(true),
    disconnectUser: (userId) => io.in(userRoom(userId)).disconnectSockets(true),
    close: async () => {
      // Closes every socket and the HTTP server io is attached to.
      await io.close();
      if (subscriber) await subscriber.quit().catch(() => undefined);
    },
  };
}
