import { AppError } from "@hunar/core/app-error";
import { parseInput } from "@hunar/core/parse-input";
import type { Db, OrderStatus } from "@hunar/db/types";
import { notify } from "@hunar/notifications/notify";
import { withMoneyTransaction } from "@hunar/payments/ledger/with-money-transaction";
import { lockOrder } from "../lock-order.ts";
import { orderHref } from "../order-link.ts";
import { orderNotFound, requireRole } from "../order-role.ts";
import { readContractStage } from "../milestones/contract-stage.ts";
import { assertTransition } from "../order-states.ts";
import { recordOrderEvent } from "../timeline/record-order-event.ts";
import { parseOrderId } from "./order-id.ts";
import { revisionDueAt } from "./revision-due.ts";
import { type RequestRevisionInput, ZRequestRevisionInput } from "./work-input.ts";

export interface RequestedRevision {
  revisionRequestId: string;
  status: OrderStatus;
  dueAt: Date;
  /** Null: the package has unlimited revisions. */
  revisionsLeft: number | null;
}

/** How many revisions the client may still ask for; null when the package has no limit. */
export function revisionsLeft(order: { revisionsAllowed: number | null; revisionsUsed: number }): number | null {
  return order.revisionsAllowed === null ? null : Math.max(0, order.revisionsAllowed - order.revisionsUsed);
}

/**
 * The client sends the delivered work back with what to change: the order is in progress again
 * with a new due date (revisionDueAt), the auto-completion timer stops until the next delivery,
 * and one of the package's revisions is used. Refused once none are left.
 */
export async function requestRevision(
  db: Db,
  actor: { userId: string },
  raw: RequestRevisionInput,
  now = new Date(),
): Promise<RequestedRevision> {
  const orderId = parseOrderId(raw.orderId);
  const input = parseInput(ZRequestRevisionInput, raw);
  return withMoneyTransaction(db, async (tx) => {
    const order = await lockOrder(tx, orderId);
    if (!order) throw orderNotFound();
    requireRole(order, actor.userId, "client", "orders:errors.revision.onlyClient");
    const status = assertTransition("requestRevision", order.status, "orders:errors.revision.notDelivered");
    if (revisionsLeft(order) === 0) throw new AppError("INVALID_STATE", "orders:errors.revision.noneLeft");
    // A contract's milestone goes back to work with time counted from its own days, not the contract's.
    const milestone = (await readContractStage(tx, order.id)).current;
    const dueAt = revisionDueAt(milestone ? { deliveryDays: milestone.durationDays, dueAt: order.dueAt } : order, now);
    if (milestone) await tx.milestone.update({ where: { id: milestone.id }, data: { status: "FUNDED", dueAt } });
    const latest = await tx.delivery.findFirst({
      where: { orderId: order.id },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { id: true },
    });
    const revision = await tx.revisionRequest.create({
      data: { orderId: order.id, deliveryId: latest?.id ?? null, requesterId: actor.userId, message: input.reason, createdAt: now },
      select: { id: true },
    });
    const updated = await tx.order.update({
      where: { id: order.id },
      data: { status, dueAt, revisionsUsed: { increment: 1 }, autoCompleteAt: null, autoCompleteWarnedAt: null },
      select: { revisionsAllowed: true, revisionsUsed: true },
    });
    const left = revisionsLeft(updated);
    const dedupeKey = `order:${order.id}:revision:${revision.id}`;
    await recordOrderEvent(tx, {
      order,
      kind: "revisionRequested",
      data: {
        revisionRequestId: revision.id,
        dueAt: dueAt.toISOString(),
        revisionsLeft: left,
        ...(milestone ? { milestoneId: milestone.id } : {}),
      },
      actorId: actor.userId,
      at: now,
      dedupeKey,
    });
    const client = await tx.user.findUniqueOrThrow({ where: { id: order.clientId }, select: { displayName: true } });
    await notify(tx, {
      userId: order.freelancerId,
      kind: "order.revisionRequested",
      data: {
        orderId: order.id,
        orderNumber: order.number,
        title: order.title,
        clientName: client.displayName,
        dueAt: dueAt.toISOString(),
      },
      link: orderHref(order.id),
      dedupeKey,
    });
    return { revisionRequestId: revision.id, status, dueAt, revisionsLeft: left };
  });
}
