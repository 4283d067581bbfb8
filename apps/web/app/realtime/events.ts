// Socket.io event contract shared by the server (server/realtime.ts) and the browser client.
// Payloads are plain JSON: no Dates, BigInts or class instances cross the wire.

export interface HelloEvent {
  /** The signed-in user this socket belongs to. */
  userId: string;
  /** Unread chat messages, for the header badge. */
  unreadMessages: number;
}

export interface ServerToClientEvents {
  /** Sent once right after a socket is accepted: proves the live connection works. */
  hello: (event: HelloEvent) => void;
}

// Nothing yet: the browser only listens. Chat adds its events here.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ClientToServerEvents {}

/** Why the server refused a socket (`connect_error` message), so the client can stop retrying. */
export const SOCKET_REJECTION = {
  forbiddenOrigin: "forbidden-origin",
  unauthenticated: "unauthenticated",
} as const;

export type SocketRejection = (typeof SOCKET_REJECTION)[keyof typeof SOCKET_REJECTION];
