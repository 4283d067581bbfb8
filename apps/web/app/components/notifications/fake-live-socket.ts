import type { NotificationEvent, UnreadNotificationsEvent } from "@hunar/chat/realtime/events";
import type { RealtimeSocket } from "#app/realtime/connect.client.ts";

/** For tests: a socket the test speaks for, as the server's dispatcher would. */
export function fakeLiveSocket() {
  const handlers = new Map<string, Set<(payload: unknown) => void>>();
  const socket = {
    on: (event: string, fn: (payload: unknown) => void) => void (handlers.get(event) ?? handlers.set(event, new Set()).get(event))!.add(fn),
    off: (event: string, fn: (payload: unknown) => void) => void handlers.get(event)?.delete(fn),
  };
  return {
    socket: socket as unknown as RealtimeSocket,
    push: (event: NotificationEvent) => handlers.get("notification:new")?.forEach((fn) => fn(event)),
    /** The count the server sends after the user read notifications in another tab. */
    readElsewhere: (event: UnreadNotificationsEvent) => handlers.get("notifications:unread")?.forEach((fn) => fn(event)),
    listeners: () => handlers.get("notification:new")?.size ?? 0,
  };
}

/** A live order.paid notification as the dispatcher sends it. */
export function paidEvent(id: string, number: number, createdAt = "2026-12-01T10:00:00.000Z"): NotificationEvent {
  return {
    id,
    kind: "order.paid",
    data: {
      orderId: `o${number}`,
      orderNumber: number,
      title: "لوگو ڈیزائن",
      clientName: "Saad Rehman",
      subtotalPaisa: "500000",
      dueAt: "2026-12-04T10:00:00.000Z",
    },
    link: "/orders",
    createdAt,
  };
}
