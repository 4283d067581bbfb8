import { postSystemMessage } from "@hunar/chat/post-system-message";
import type { Tx } from "@hunar/db/types";
import { POSTED_TO_CHAT, type OrderEventData, type OrderEventKind } from "./order-event-kinds.ts";

export interface RecordOrderEventInput<Kind extends OrderEventKind> {
  order: { id: string; number: number };
  kind: Kind;
  data: OrderEventData[Kind];
  /** The party or admin who acted; null for the platform (a timer). */
  actorId: string | null;
  at: Date;
  /** Names the event for the chat message so a retried transaction posts it once. */
  dedupeKey: string;
}

/**
 * Writes one timeline event in the caller's transaction and, for the kinds the parties should
 * see in their conversation, a system message there too: both commit with the change they
 * describe, or neither does.
 */
export async function recordOrderEvent<Kind extends OrderEventKind>(tx: Tx, input: RecordOrderEventInput<Kind>): Promise<void> {
  await tx.orderEvent.create({
    data: {
      orderId: input.order.id,
      kind: input.kind,
      actorId: input.actorId,
      data: input.data,
      createdAt: input.at,
    },
  });
  if (!POSTED_TO_CHAT.has(input.kind)) return;
  await postSystemMessage(tx, {
    orderId: input.order.id,
    key: chatKey(input.kind, input.data),
    data: { number: input.order.number, ...chatData(input.data) },
    ...(input.actorId ? { actorId: input.actorId } : {}),
    dedupeKey: input.dedupeKey,
  });
}

/** A milestone's event says so: "milestone 2 of order #14 is paid", not "order #14 is paid". */
function chatKey(kind: OrderEventKind, data: object): string {
  return "milestoneId" in data ? `chat:system.order.milestone.${kind}` : `chat:system.order.${kind}`;
}

/** The scalar fields of the event, which the chat message may interpolate. */
function chatData(data: object): Record<string, string | number> {
  return Object.fromEntries(Object.entries(data).filter(([, value]) => typeof value === "string" || typeof value === "number"));
}
