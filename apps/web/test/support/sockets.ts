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

/** An accepted socket, or a thrown error naming why it was refused. */
export async function openTab(url: string, cookie: string): Promise<ClientSocket & { hello: HelloEvent }> {
  const outcome = await connectSocket(url, { origin: url, cookie });
  if (!outcome.accepted) throw new Error(`socket refused: ${outcome.reason}`);
  return Object.assign(outcome.socket, { hello: outcome.hello });
}

type EventName = keyof ServerToClientEvents;
type EventPayload<E extends EventName> = Parameters<ServerToClientEvents[E]>[0];

/** Everything a socket receives of one event from now on, in arrival order. */
export function record<E extends EventName>(socket: ClientSocket, event: E): EventPayload<E>[] {
  const seen: EventPayload<E>[] = [];
  // socket.io-client's typed `on` cannot be called with a generic event name; the listener is untyped here only.
  (socket as unknown as { on(event: string, listener: (payload: EventPayload<E>) => void): void }).on(event, (payload) =>
    seen.push(payload),
  );
  return seen;
}

/** Resolves with the first `event` payload (from now on) that satisfies `match`. */
export function nextEvent<E extends EventName>(
  socket: ClientSocket,
  event: E,
  match: (payload: EventPayload<E>) => boolean = () => true,
): Promise<EventPayload<E>> {
  const raw = socket as unknown as {
    on(event: string, listener: (payload: EventPayload<E>) => void): void;
    off(event: string, listener: (payload: EventPayload<E>) => void): void;
  };
  return new Promise((resolve) => {
    const listener = (payload: EventPayload<E>) => {
      if (!match(payload)) return;
      raw.off(event, listener);
      resolve(payload);
    };
    raw.on(event, listener);
  });
}
