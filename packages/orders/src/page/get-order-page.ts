import { findConversationBetween } from "@hunar/chat/find-conversation-between";
import type { Db } from "@hunar/db/types";
import { orderNotFound, roleIn } from "../order-role.ts";
import { readTimeline } from "./read-timeline.ts";
import { type OrderViewerRole, viewerTransitions } from "./viewer-actions.ts";

const ORDER_PAGE_SELECT = {
  id: true,
  number: true,
  title: true,
  status: true,
  source: true,
  packageTier: true,
  requirements: true,
  subtotalPaisa: true,
  clientFeePaisa: true,
  freelancerFeePaisa: true,
  totalPaisa: true,
  clientFeeBps: true,
  freelancerFeeBps: true,
  deliveryDays: true,
  revisionsAllowed: true,
  revisionsUsed: true,
  createdAt: true,
  fundedAt: true,
  requirementsSubmittedAt: true,
  dueAt: true,
  deliveredAt: true,
  autoCompleteAt: true,
  completedAt: true,
  reviewsCloseAt: true,
  cancelledAt: true,
  cancelReason: true,
  clientId: true,
  freelancerId: true,
  client: { select: { id: true, displayName: true, handle: true } },
  freelancer: { select: { id: true, displayName: true, handle: true } },
  gig: { select: { id: true, slug: true, titleUr: true, titleEn: true } },
  gigPackage: { select: { name: true } },
  extras: { select: { id: true, title: true, pricePaisa: true, extraDays: true }, orderBy: { id: "asc" } },
} as const;

/**
 * The order as its page shows it to one viewer: a party of the order, or an admin (who sees it
 * all and acts only through the admin tools). Anyone else is told it does not exist. Money is
 * shown from the order's own snapshot; the timeline in order; `transitions` is what this viewer
 * may start now, from the state table.
 */
export async function getOrderPage(db: Db, viewer: { userId: string; isAdmin: boolean }, orderId: string, now = new Date()) {
  const order = await db.order.findUnique({ where: { id: orderId }, select: ORDER_PAGE_SELECT });
  if (!order) throw orderNotFound();
  const role: OrderViewerRole | null = roleIn(order, viewer.userId) ?? (viewer.isAdmin ? "admin" : null);
  if (!role) throw orderNotFound();
  const [timeline, conversationId] = await Promise.all([
    readTimeline(db, order.id),
    findConversationBetween(db, order.clientId, order.freelancerId),
  ]);
  const late = order.status === "IN_PROGRESS" && order.dueAt !== null && order.dueAt < now;
  return {
    order: { ...order, late },
    viewerRole: role,
    transitions: viewerTransitions(order.status, role),
    timeline,
    // The parties' conversation, where every order event is also posted; admins read it through
    // the admin tools instead.
    conversationId: role === "admin" ? null : conversationId,
    now: now.toISOString(),
  };
}

export type OrderPage = Awaited<ReturnType<typeof getOrderPage>>;
