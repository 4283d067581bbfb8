import type { Message, Prisma } from "@hunar/db/types";
import { CHAT_ATTACHMENT_SELECT, type AttachmentRow, toChatAttachment } from "./attachments/attach-to-message.ts";
import type { ChatAttachment, ChatMessage } from "./realtime/events.ts";

export const CHAT_MESSAGE_SELECT = {
  id: true,
  conversationId: true,
  seq: true,
  senderId: true,
  clientMessageId: true,
  kind: true,
  body: true,
  data: true,
  createdAt: true,
  deletedAt: true,
  gigId: true,
  proposalId: true,
  offerId: true,
  orderId: true,
  attachments: { select: CHAT_ATTACHMENT_SELECT, orderBy: { createdAt: "asc" } },
} as const satisfies Prisma.MessageSelect;

export type ChatMessageRow = Pick<
  Message,
  | "id"
  | "conversationId"
  | "seq"
  | "senderId"
  | "clientMessageId"
  | "kind"
  | "body"
  | "data"
  | "createdAt"
  | "gigId"
  | "proposalId"
  | "offerId"
  | "orderId"
> & { deletedAt?: Date | null } & { attachments?: AttachmentRow[] };

/** The system notice that stands in for a removed message (chat:system.messageRemoved). */
export const REMOVED_MESSAGE_KEY = "messageRemoved";

/** Only flat string/number values cross the wire as message data; anything else is dropped. */
function messageData(data: Prisma.JsonValue): Record<string, string | number> | null {
  if (data === null || typeof data !== "object" || Array.isArray(data)) return null;
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(data)) {
    if (typeof value === "string" || typeof value === "number") out[key] = value;
  }
  return out;
}

/** The wire form of a stored message (ISO dates, plain JSON). */
export function toChatMessage(row: ChatMessageRow, attachments?: ChatAttachment[]): ChatMessage {
  // A message an admin removed keeps its place (catch-up by seq must see no gap) but nothing of
  // what it said: it goes out as a system notice.
  if (row.deletedAt) {
    return toChatMessage({ ...row, deletedAt: null, kind: "SYSTEM", body: REMOVED_MESSAGE_KEY, data: null }, []);
  }
  return {
    id: row.id,
    conversationId: row.conversationId,
    seq: row.seq,
    senderId: row.senderId,
    clientMessageId: row.clientMessageId,
    kind: row.kind,
    body: row.body,
    data: messageData(row.data),
    createdAt: row.createdAt.toISOString(),
    attachments: attachments ?? (row.attachments ?? []).map(toChatAttachment),
    about: { gigId: row.gigId, proposalId: row.proposalId, offerId: row.offerId, orderId: row.orderId },
  };
}
