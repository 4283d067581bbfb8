import type { Server, Socket } from "socket.io";
import type { ClientToServerEvents, ServerToClientEvents } from "./events.ts";

/** What the server remembers about an accepted socket. */
export interface ChatSocketData {
  userId: string;
  sessionId: string;
}

export type ChatServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, ChatSocketData>;
export type ChatSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, ChatSocketData>;

/** Every open tab of a user, in every server process (the Redis adapter spans them). */
export const userRoom = (userId: string): string => `user:${userId}`;
export const sessionRoom = (sessionId: string): string => `session:${sessionId}`;

/** The part of a logger the handlers use (pino's Logger fits). */
export interface ChatLog {
  error(details: object, message: string): void;
  warn(details: object, message: string): void;
}
