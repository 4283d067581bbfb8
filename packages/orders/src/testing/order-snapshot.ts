import type { Db } from "@hunar/db/client";
import { findBalanceMismatches, getUserBalances } from "@hunar/payments/ledger/balances";

/**
 * Test-only: everything an order's work writes (the row, a contract's milestones, deliveries, revision requests, files
 * put on them, timeline, notifications, ledger postings, both parties' balances), so a refused
 * action can be shown to have changed nothing.
 */
export async function orderSnapshot(db: Db, orderId: string) {
  const order = await db.order.findUniqueOrThrow({ where: { id: orderId } });
  const { updatedAt: _updatedAt, ...row } = order;
  return {
    order: row,
    milestones: await db.milestone.findMany({
      where: { orderId },
      orderBy: { position: "asc" },
      select: { id: true, status: true, dueAt: true, fundedAt: true, deliveredAt: true, approvedAt: true },
    }),
    deliveries: await db.delivery.count({ where: { orderId } }),
    revisionRequests: await db.revisionRequest.count({ where: { orderId } }),
    deliveredFiles: await db.attachment.count({ where: { delivery: { orderId } } }),
    events: await db.orderEvent.count({ where: { orderId } }),
    notifications: await db.notification.count({ where: { userId: { in: [order.clientId, order.freelancerId] } } }),
    postings: await db.ledgerTransaction.count({ where: { orderId } }),
    requests: await db.orderRequest.findMany({ where: { orderId }, select: { id: true, status: true }, orderBy: { id: "asc" } }),
    client: await getUserBalances(db, order.clientId),
    freelancer: await getUserBalances(db, order.freelancerId),
    mismatches: await findBalanceMismatches(db),
  };
}
