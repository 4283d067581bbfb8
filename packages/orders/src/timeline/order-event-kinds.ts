/**
 * What can appear on an order's timeline, with the data each kind keeps. The order page labels
 * an event with `orders:timeline.<kind>` and the chat message it posts with
 * `chat:system.order.<kind>` (both languages), interpolating `number` (the order number) and the
 * data below. Data is plain JSON: times as ISO strings, money as a string of paisa.
 */
export interface OrderEventData {
  placed: Record<string, never>;
  paid: { dueAt: string | null };
  requirementsSubmitted: { dueAt: string };
  delivered: { deliveryId: string; autoCompleteAt: string };
  revisionRequested: { revisionRequestId: string; dueAt: string; revisionsLeft: number | null };
  extensionRequested: { requestId: string; days: number };
  extensionAccepted: { requestId: string; days: number; dueAt: string };
  extensionDeclined: { requestId: string; days: number };
  extensionWithdrawn: { requestId: string; days: number };
  cancellationRequested: { requestId: string };
  cancellationDeclined: { requestId: string };
  cancellationWithdrawn: { requestId: string };
  /** How: the other party agreed to a request, or the client cancelled a late order alone. */
  cancelled: { how: "agreed" | "late"; refundedPaisa: string };
  completed: { releasedPaisa: string };
  autoCompleted: { releasedPaisa: string };
  outageGrace: { outageId: string; hours: number; reason: string };
  reviewed: { role: "client" | "freelancer" };
  reviewsRevealed: Record<string, never>;
}

export type OrderEventKind = keyof OrderEventData;

/** The kinds that also post a system message into the order's conversation. */
export const POSTED_TO_CHAT: ReadonlySet<OrderEventKind> = new Set<OrderEventKind>([
  "paid",
  "requirementsSubmitted",
  "delivered",
  "revisionRequested",
  "extensionRequested",
  "extensionAccepted",
  "extensionDeclined",
  "cancellationRequested",
  "cancellationDeclined",
  "cancelled",
  "completed",
  "autoCompleted",
  "outageGrace",
]);
