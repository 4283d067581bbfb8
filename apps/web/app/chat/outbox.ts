import type { AckError, ChatAttachment } from "@hunar/chat/realtime/events";

/**
 * A message written on this device that the server has not acknowledged yet. It keeps its client
 * message id for life: every retry sends the same id, so the server stores it once however many
 * times the connection drops between sending and hearing back.
 */
export interface OutboxItem {
  clientMessageId: string;
  conversationId: string;
  body: string;
  /** Uploaded before the message was queued; only their ids travel with the message. */
  attachments: ChatAttachment[];
  createdAt: string;
  /** "failed" only after a definitive refusal (blocked, too long...): retrying needs the person. */
  status: "sending" | "failed";
  error: AckError | null;
}

const PREFIX = "hunar:outbox";

/** One key per signed-in user and conversation, so another account on this browser never sends it. */
export function outboxKey(userId: string, conversationId: string): string {
  return `${PREFIX}:${userId}:${conversationId}`;
}

function storage(): Storage | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    // Storage can be switched off (private modes, policies); the outbox then lives in memory only.
    return null;
  }
}

function isItem(value: unknown): value is OutboxItem {
  if (!value || typeof value !== "object") return false;
  const item = value as Partial<OutboxItem>;
  return (
    typeof item.clientMessageId === "string" &&
    typeof item.conversationId === "string" &&
    typeof item.body === "string" &&
    Array.isArray(item.attachments) &&
    (item.status === "sending" || item.status === "failed")
  );
}

export function loadOutbox(userId: string, conversationId: string): OutboxItem[] {
  const raw = storage()?.getItem(outboxKey(userId, conversationId));
  if (!raw) return [];
  try {
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) ? parsed.filter(isItem).filter((item) => item.conversationId === conversationId) : [];
  } catch {
    return [];
  }
}

export function saveOutbox(userId: string, conversationId: string, items: readonly OutboxItem[]): void {
  const store = storage();
  if (!store) return;
  const key = outboxKey(userId, conversationId);
  try {
    if (items.length === 0) store.removeItem(key);
    else store.setItem(key, JSON.stringify(items));
  } catch {
    // Full or refused: the in-memory copy still sends; only a reload would lose it.
  }
}

/** Refusals that will not change by sending again; anything else is retried. */
export function isDefinitiveRefusal(error: AckError): boolean {
  return error.code !== "RATE_LIMITED";
}
