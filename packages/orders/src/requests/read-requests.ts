import type { Db, OrderRequestKind, OrderRequestStatus, Tx } from "@hunar/db/types";
import type { OrderRole } from "../order-role.ts";
import { isStaleRequest } from "./close-pending-requests.ts";

export interface OrderRequestView {
  id: string;
  kind: OrderRequestKind;
  status: OrderRequestStatus;
  requester: { userId: string; name: string; role: OrderRole };
  /** EXTENSION: how many days more; null for a cancellation. */
  days: number | null;
  reason: string;
  createdAt: Date;
  respondedAt: Date | null;
}

export interface OrderRequests {
  /** What waits for an answer now, at most one of each kind. */
  pending: { extension: OrderRequestView | null; cancellation: OrderRequestView | null };
  /** Answered and withdrawn requests, newest first. */
  past: OrderRequestView[];
}

/**
 * The requests between the parties of an order, for its page. The caller has already decided
 * the viewer may see the order (a party or an admin); nothing here is about who is reading.
 */
export async function readOrderRequests(db: Db | Tx, orderId: string): Promise<OrderRequests> {
  const order = await db.order.findUnique({ where: { id: orderId }, select: { clientId: true, deliveredAt: true } });
  if (!order) return { pending: { extension: null, cancellation: null }, past: [] };
  const rows = await db.orderRequest.findMany({
    where: { orderId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      kind: true,
      status: true,
      days: true,
      reason: true,
      createdAt: true,
      respondedAt: true,
      requester: { select: { id: true, displayName: true } },
    },
  });
  const views = rows.map(({ requester, ...row }): OrderRequestView => ({
    ...row,
    // Left pending by a delivery: closed as of it (the next change under the lock writes that).
    ...(row.status === "PENDING" && isStaleRequest(row, order) ? { status: "WITHDRAWN", respondedAt: order.deliveredAt } : {}),
    requester: { userId: requester.id, name: requester.displayName, role: requester.id === order.clientId ? "client" : "freelancer" },
  }));
  const pendingOf = (kind: OrderRequestKind) => views.find((view) => view.kind === kind && view.status === "PENDING") ?? null;
  return {
    pending: { extension: pendingOf("EXTENSION"), cancellation: pendingOf("CANCELLATION") },
    past: views.filter((view) => view.status !== "PENDING"),
  };
}
