import type { Db } from "@hunar/db/types";
import type { OrderEventKind } from "../timeline/order-event-kinds.ts";

export interface TimelineEntry {
  id: string;
  kind: OrderEventKind;
  /** Null when the platform acted (a timer, an outage). */
  actor: { id: string; displayName: string } | null;
  data: Record<string, unknown>;
  at: string;
}

/** Everything that happened to the order, oldest first, as the order page lists it. */
export async function readTimeline(db: Db, orderId: string): Promise<TimelineEntry[]> {
  const events = await db.orderEvent.findMany({
    where: { orderId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, kind: true, data: true, createdAt: true, actor: { select: { id: true, displayName: true } } },
  });
  return events.map((event) => ({
    id: event.id,
    kind: event.kind as OrderEventKind,
    actor: event.actor,
    data: (event.data ?? {}) as Record<string, unknown>,
    at: event.createdAt.toISOString(),
  }));
}
