import { io, type Socket } from "socket.io-client";
import type { ClientToServerEvents, HelloEvent, ServerToClientEvents } from "@hunar/chat/realtime/events";

export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export type Outcome = { accepted: true; socket: ClientSocket; hello: HelloEvent } | { accepted: false; reason: string };

/** Opens a socket the way a browser tab would (WebSocket, Origin and Cookie headers). */
export function connectSocket(
  url: string,
  headers: { origin?: string; cookie?: string },
  transport: "websocket" | "polling" = "websocket",
): Promise<Outcome> {
  const extraHeaders: Record<string, string> = {};
  if (headers.origin) extraHeaders.origin = headers.origin;
  if (headers.cookie) extraHeaders.cookie = headers.cookie;
  const socket: ClientSocket = io(url, { transports: [transport], extraHeaders, reconnection: false, forceNew: true });
  return new Promise((resolve) => {
    socket.once("hello", (hello) => resolve({ accepted: true, socket, hello }));
    socket.once("connect_error", (error) => {
      socket.close();
      resolve({ accepted: false, reason: error.message });
    });
  });
}

/** Resolves with the reason once the server drops the socket. */
export function nextDisconnect(socket: ClientSocket): Promise<string> {
  return new Promise((resolve) => socket.once("disconnect", (reason) => resolve(reason)));
}
