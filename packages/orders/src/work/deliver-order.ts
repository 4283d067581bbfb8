import { claimableUpload } from "@hunar/chat/attachments/unclaimed-upload";
import { AppError } from "@hunar/core/app-error";
import { parseInput } from "@hunar/core/parse-input";
import type { Db, OrderStatus, Tx } from "@hunar/db/types";
import { notify } from "@hunar/notifications/notify";
import { withMoneyTransaction } from "@hunar/payments/ledger/with-money-transaction";
import { type LockedOrder, lockOrder } from "../lock-order.ts";
import { addDays, orderHref } from "../order-link.ts";
import { orderNotFound, requireRole } from "../order-role.ts";
import { readContractStage } from "../milestones/contract-stage.ts";
import { assertTransition } from "../order-states.ts";
import { recordOrderEvent } from "../timeline/record-order-event.ts";
import { deliveryFileError } from "./delivery-file-errors.ts";
import { parseOrderId } from "./order-id.ts";
import { type DeliverOrderInput, ZDeliverOrderInput } from "./work-input.ts";
import { AUTO_COMPLETE_DAYS } from "./work-timing.ts";

export interface DeliveredOrder {
  deliveryId: string;
  status: OrderStatus;
  autoCompleteAt: Date;
}

/**
 * Whether this user may deliver this order now: its freelancer, the order in progress, the
 * requirements answered. deliverOrder checks it again under the order lock; the web layer asks
 * first so a stranger's post ends before any file of it is stored.
 */
export function assertMayDeliver(
  order: Pick<LockedOrder, "clientId" | "freelancerId" | "status" | "requirementsSubmittedAt">,
  userId: string,
): void {
  requireRole(order, userId, "freelancer", "orders:errors.deliver.notClient");
  assertTransition("deliver", order.status, "orders:errors.deliver.notInProgress");
  if (!order.requirementsSubmittedAt) throw new AppError("INVALID_STATE", "orders:errors.deliver.waitingForRequirements");
}

/** assertMayDeliver on the order as it is now, without locking it (a pre-check only). */
export async function checkMayDeliver(db: Db | Tx, actor: { userId: string }, orderId: string): Promise<void> {
  const order = await db.order.findUnique({
    where: { id: parseOrderId(orderId) },
    select: { clientId: true, freelancerId: true, status: true, requirementsSubmittedAt: true },
  });
  if (!order) throw orderNotFound();
  assertMayDeliver(order, actor.userId);
}

/**
 * The freelancer hands in the work: a delivery with a message and the freelancer's own files
 * stored for it (storeDeliveryFile), the order DELIVERED and set to complete by itself three
 * days from now unless the client accepts or asks for a revision first. A request for more time
 * or to cancel that is still waiting no longer applies to delivered work and is withdrawn. One
 * transaction under the order lock: refused input (a file that is not the freelancer's, on
 * something else already, or unknown) changes nothing.
 */
export async function deliverOrder(db: Db, actor: { userId: string }, raw: DeliverOrderInput, now = new Date()): Promise<DeliveredOrder> {
  const orderId = parseOrderId(raw.orderId);
  const input = parseInput(ZDeliverOrderInput, raw);
  const attachmentIds = [...new Set(input.attachmentIds)];
  return withMoneyTransaction(db, async (tx) => {
    const order = await lockOrder(tx, orderId);
    if (!order) throw orderNotFound();
    assertMayDeliver(order, actor.userId);
    const status = assertTransition("deliver", order.status, "orders:errors.deliver.notInProgress");
    // A contract delivers the milestone being worked on; it waits for acceptance as the order does.
    const milestone = (await readContractStage(tx, order.id)).current;
    const delivery = await tx.delivery.create({
      data: { orderId: order.id, milestoneId: milestone?.id ?? null, senderId: actor.userId, message: input.message, createdAt: now },
      select: { id: true },
    });
    if (milestone) await tx.milestone.update({ where: { id: milestone.id }, data: { status: "DELIVERED", deliveredAt: now } });
    await attachFiles(tx, actor.userId, delivery.id, attachmentIds, now);
    const autoCompleteAt = addDays(now, AUTO_COMPLETE_DAYS);
    await tx.order.update({
      where: { id: order.id },
      data: { status, deliveredAt: now, autoCompleteAt, autoCompleteWarnedAt: null },
    });
    await tx.orderRequest.updateMany({
      where: { orderId: order.id, status: "PENDING", kind: { in: ["CANCELLATION", "EXTENSION"] } },
      data: { status: "WITHDRAWN" },
    });
    const dedupeKey = `order:${order.id}:delivered:${delivery.id}`;
    await recordOrderEvent(tx, {
      order,
      kind: "delivered",
      data: { deliveryId: delivery.id, autoCompleteAt: autoCompleteAt.toISOString(), ...(milestone ? { milestoneId: milestone.id } : {}) },
      actorId: actor.userId,
      at: now,
      dedupeKey,
    });
    const freelancer = await tx.user.findUniqueOrThrow({ where: { id: order.freelancerId }, select: { displayName: true } });
    await notify(tx, {
      userId: order.clientId,
      kind: "order.delivered",
      data: {
        orderId: order.id,
        orderNumber: order.number,
        title: order.title,
        freelancerName: freelancer.displayName,
        autoCompleteAt: autoCompleteAt.toISOString(),
      },
      link: orderHref(order.id),
      dedupeKey,
    });
    return { deliveryId: delivery.id, status, autoCompleteAt };
  });
}

/** All or nothing: any id that is not the freelancer's own unattached delivery upload refuses the delivery. */
async function attachFiles(tx: Tx, freelancerId: string, deliveryId: string, attachmentIds: string[], now: Date): Promise<void> {
  if (attachmentIds.length === 0) return;
  const { count } = await tx.attachment.updateMany({
    where: { id: { in: attachmentIds }, ...claimableUpload("deliveries", freelancerId, now) },
    data: { deliveryId },
  });
  if (count !== attachmentIds.length) throw deliveryFileError("unknown", undefined, "attachmentIds");
}
