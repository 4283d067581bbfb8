import type { Socket } from "socket.io-client";
import { SOCKET_REJECTION, type ClientToServerEvents, type ServerToClientEvents } from "@hunar/chat/realtime/events";

export type RealtimeSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

const REFUSALS: ReadonlySet<string> = new Set(Object.values(SOCKET_REJECTION));

/**
 * Opens the signed-in user's live connection to this site. WebSocket only: its handshake always
 * carries the Origin the server checks (a same-origin polling GET would not), and it needs no
 * sticky sessions when several server processes run behind a load balancer. The client library is
 * fetched only here, once someone is signed in: a visitor's first page does not download it.
 */
export async function connectRealtime(): Promise<RealtimeSocket> {
  const { io } = await import("socket.io-client");
  const socket: RealtimeSocket = io({ transports: ["websocket"] });
  // Refused for who we are, not for the network: retrying cannot help until the page reloads.
  socket.on("connect_error", (error) => {
    if (REFUSALS.has(error.message)) socket.disconnect();
  });
  return socket;
}
