import { findConversationBetween } from "@hunar/chat/find-conversation-between";
import type { Db } from "@hunar/db/types";
import { readContractStage } from "../milestones/contract-stage.ts";
import { milestonesView } from "../milestones/milestones-view.ts";
import { orderNotFound, roleIn } from "../order-role.ts";
import { isLate } from "../requests/late-order.ts";
import { readOrderRequests } from "../requests/read-requests.ts";
import { readOrderRequirements } from "../requirements/read-requirements.ts";
import { readOrderReviews } from "../reviews/read-order-reviews.ts";
import { readOrderDeliveries } from "../work/read-deliveries.ts";
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
  gigPackage: { select: { nameUr: true, nameEn: true } },
  extras: { select: { id: true, titleUr: true, titleEn: true, pricePaisa: true, extraDays: true }, orderBy: { id: "asc" } },
} as const;

/**
 * The order as its page shows it to one viewer: a party of the order, or an admin (who sees it
 * all and acts only through the admin tools). Anyone else is told it does not exist. Money is
 * shown from the order's own snapshot; the timeline in order; each part of the order's life
 * (requirements, deliveries, requests, reviews) as its owner reads it; `transitions` is what this
 * viewer may start now, from the state table; `milestones` a contract's plan and where it is.
 */
export async function getOrderPage(db: Db, viewer: { userId: string; isAdmin: boolean }, orderId: string, now = new Date()) {
  const order = await db.order.findUnique({ where: { id: orderId }, select: ORDER_PAGE_SELECT });
  if (!order) throw orderNotFound();
  const role: OrderViewerRole | null = roleIn(order, viewer.userId) ?? (viewer.isAdmin ? "admin" : null);
  if (!role) throw orderNotFound();
  const [stage, timeline, conversationId, requirements, deliveries, requests, reviews] = await Promise.all([
    readContractStage(db, order.id),
    readTimeline(db, order.id),
    findConversationBetween(db, order.clientId, order.freelancerId),
    readOrderRequirements(db, order.id),
    readOrderDeliveries(db, order.id),
    readOrderRequests(db, order.id),
    // Double-blind reviews are read as one party; an admin sees published reviews on the gig.
    role === "admin" ? null : readOrderReviews(db, order.id, viewer.userId, now),
  ]);
  const late = isLate(order, now);
  return {
    order: { ...order, late },
    viewerRole: role,
    transitions: viewerTransitions(order.status, role, stage.shape),
    // A contract's milestones (empty for an order without them) and which one is worked on or paid next.
    milestones: milestonesView(order, stage),
    timeline,
    requirements,
    deliveries,
    requests,
    reviews,
    // The parties' conversation, where every order event is also posted; admins read it through
    // the admin tools instead.
    conversationId: role === "admin" ? null : conversationId,
    now: now.toISOString(),
  };
}

export type OrderPage = Awaited<ReturnType<typeof getOrderPage>>;
