/**
 * What can appear on an order's timeline, with the data each kind keeps. The order page labels
 * an event with `orders:timeline.<kind>` and the chat message it posts with
 * `chat:system.order.<kind>` (both languages), or `chat:system.order.milestone.<kind>` for a
 * contract's milestone, interpolating `number` (the order number) and the data below. Data is plain JSON: times as ISO strings, money as a string of paisa.
 */
export interface OrderEventData {
  placed: Record<string, never>;
  /** A contract's milestone names itself (each milestone is paid on its own). */
  paid: { dueAt: string | null; milestoneId?: string; position?: number };
  requirementsSubmitted: { dueAt: string };
  delivered: { deliveryId: string; autoCompleteAt: string; milestoneId?: string };
  revisionRequested: { revisionRequestId: string; dueAt: string; revisionsLeft: number | null; milestoneId?: string };
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
  /** A milestone that leaves more of the contract: accepted (by the client, or by the timer: automatic) and released. */
  milestoneAccepted: { milestoneId: string; position: number; releasedPaisa: string; automatic: boolean };
  /** The client stopped a contract between milestones; those not paid for were cancelled. Nothing was held. */
  contractEnded: { cancelledMilestones: number };
  autoCompleted: { releasedPaisa: string };
  outageGrace: { outageId: string; hours: number; reason: string };
  /** Either party asked the platform to decide; the work is frozen until the dispute ends. */
  disputeOpened: { disputeId: string; reason: string };
  /** How the dispute ended (the parties agreed, an admin decided, the appeal), and the split in paisa. */
  disputeResolved: { disputeId: string; how: "agreed" | "decided" | "appeal"; freelancerPaisa: string; clientPaisa: string };
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
  "milestoneAccepted",
  "contractEnded",
  "autoCompleted",
  "outageGrace",
  "disputeOpened",
  "disputeResolved",
]);
