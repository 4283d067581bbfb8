// Socket.io event contract shared by the server (apps/web/server/realtime.ts and this package's
// handlers) and the browser client. Payloads are plain JSON: no Dates, BigInts or class
// instances cross the wire (times are ISO strings). This module must stay free of server-only
// imports: the browser bundle includes it.

import type { AppErrorCode, MessageParams } from "@hunar/core/app-error";

export interface HelloEvent {
  /** The signed-in user this socket belongs to. */
  userId: string;
  /** Unread chat messages, for the header badge. */
  unreadMessages: number;
}

export interface ChatAttachment {
  id: string;
  fileName: string;
  mimeType: string;
  byteSize: number;
  width: number | null;
  height: number | null;
  /** Same-site path that serves the file to the conversation's participants only. */
  url: string;
  isImage: boolean;
}

export interface ChatMessage {
  id: string;
  conversationId: string;
  /** Per-conversation order: 1, 2, 3… with no gaps. */
  seq: number;
  senderId: string;
  /** The sender's own id for the message, which makes a retried send idempotent. */
  clientMessageId: string;
  kind: "TEXT" | "SYSTEM";
  /** Text as typed; for SYSTEM messages an i18n key rendered with `data`. */
  body: string;
  data: Record<string, string | number> | null;
  createdAt: string;
  attachments: ChatAttachment[];
  about: { gigId: string | null; proposalId: string | null; offerId: string | null; orderId: string | null };
}

export interface ReadReceipt {
  conversationId: string;
  userId: string;
  lastReadSeq: number;
}

export interface Presence {
  userId: string;
  online: boolean;
  /** When the user's last socket closed; null if never seen or online now. */
  lastSeenAt: string | null;
}

/**
 * A notification for this user (packages/notifications), pushed once by the dispatcher after the
 * action that caused it committed. `kind` names an entry of the notifications registry; the
 * client renders `notifications:kinds.<kind>.*` from `data` in its own language.
 */
export interface NotificationEvent {
  id: string;
  kind: string;
  data: unknown;
  /** In-app path to open, or null. */
  link: string | null;
  createdAt: string;
}

export interface UnreadNotificationsEvent {
  count: number;
  /** ISO time the count was taken; notifications created after it come on top. */
  countedAt: string;
}

/** Refusals travel as an i18n key the client translates, never as server-written text. */
export interface AckError {
  code: AppErrorCode;
  messageKey: string;
  params?: MessageParams;
}

export type Ack<T> = { ok: true; data: T } | { ok: false; error: AckError };

export interface SendMessageInput {
  conversationId: string;
  clientMessageId: string;
  body: string;
  /** Uploaded beforehand (HTTP), attached to this message now. */
  attachmentIds?: string[];
  /** What the message is about; must exist and concern one of the two people. */
  about?: { gigId?: string; proposalId?: string; offerId?: string; orderId?: string };
}

export interface ServerToClientEvents {
  /** Sent once right after a socket is accepted: proves the live connection works. */
  hello: (event: HelloEvent) => void;
  /** A message stored in a conversation this user takes part in (including their own, for other tabs). */
  "message:new": (message: ChatMessage) => void;
  /** A participant read up to a sequence number. */
  "conversation:read": (receipt: ReadReceipt) => void;
  /** The other participant is typing (never stored). */
  typing: (event: { conversationId: string; userId: string }) => void;
  /** Someone this user talks to came online or went offline. */
  presence: (presence: Presence) => void;
  /** The user's total unread messages changed. */
  unread: (event: { total: number }) => void;
  /** Something happened that this user is told about (every open tab, once). */
  "notification:new": (notification: NotificationEvent) => void;
  /** The user read notifications in one tab: the unread count as of `countedAt`, for the bell in every other. */
  "notifications:unread": (event: UnreadNotificationsEvent) => void;
}

export interface ClientToServerEvents {
  "message:send": (input: SendMessageInput, ack: (result: Ack<ChatMessage>) => void) => void;
  /** Everything after `afterSeq` (at most a page; ask again while `hasMore`). */
  "message:sync": (
    input: { conversationId: string; afterSeq: number },
    ack: (result: Ack<{ messages: ChatMessage[]; hasMore: boolean }>) => void,
  ) => void;
  "conversation:read": (input: { conversationId: string; seq: number }, ack?: (result: Ack<ReadReceipt>) => void) => void;
  typing: (input: { conversationId: string }) => void;
  "presence:query": (input: { userIds: string[] }, ack: (result: Ack<Presence[]>) => void) => void;
}

/** Why the server refused a socket (`connect_error` message), so the client can stop retrying. */
export const SOCKET_REJECTION = {
  forbiddenOrigin: "forbidden-origin",
  unauthenticated: "unauthenticated",
} as const;

export type SocketRejection = (typeof SOCKET_REJECTION)[keyof typeof SOCKET_REJECTION];
