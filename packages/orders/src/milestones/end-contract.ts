import { AppError } from "@hunar/core/app-error";
import type { Db, OrderStatus } from "@hunar/db/types";
import { notify } from "@hunar/notifications/notify";
import { withMoneyTransaction } from "@hunar/payments/ledger/with-money-transaction";
import { lockOrder } from "../lock-order.ts";
import { orderHref } from "../order-link.ts";
import { orderNotFound } from "../order-role.ts";
import { assertTransition } from "../order-states.ts";
import { closePendingRequests } from "../requests/close-pending-requests.ts";
import { recordOrderEvent } from "../timeline/record-order-event.ts";
import { parseOrderId } from "../work/order-id.ts";
import { readContractStage } from "./contract-stage.ts";

export interface EndedContract {
  id: string;
  status: OrderStatus;
  cancelledAt: Date;
  cancelledMilestones: number;
}

/**
 * The client stops a contract while it waits for the next milestone's payment (before the first,
 * or after some were accepted), as cancelUnpaidOrder drops an unpaid order: no milestone is
 * funded, so nothing is held and nothing is refunded; the milestones not paid for are CANCELLED
 * and those accepted keep their release. The freelancer is told. Under the order lock, so a
 * payment arriving at the same moment either funded the milestone first (then this is refused)
 * or finds the contract ended.
 */
export function endContract(db: Db, client: { userId: string }, orderId: string, now = new Date()): Promise<EndedContract> {
  const id = parseOrderId(orderId);
  return withMoneyTransaction(db, async (tx) => {
    const order = await lockOrder(tx, id);
    if (!order || order.clientId !== client.userId) throw orderNotFound();
    const stage = await readContractStage(tx, order.id);
    if (!stage.shape.contract) throw new AppError("INVALID_STATE", "orders:errors.milestones.notContract");
    const status = assertTransition("endContract", order.status, "orders:errors.milestones.notBetweenMilestones", stage.shape);
    await tx.order.update({ where: { id: order.id }, data: { status, cancelledAt: now, dueAt: null } });
    const { count } = await tx.milestone.updateMany({ where: { orderId: order.id, status: "PENDING" }, data: { status: "CANCELLED" } });
    await closePendingRequests(tx, order.id, now);
    const key = `order:${order.id}:ended`;
    await recordOrderEvent(tx, {
      order,
      kind: "contractEnded",
      data: { cancelledMilestones: count },
      actorId: client.userId,
      at: now,
      dedupeKey: key,
    });
    await notify(tx, {
      userId: order.freelancerId,
      kind: "order.cancelled",
      data: { orderId: order.id, orderNumber: order.number, title: order.title, cancelledAt: now.toISOString(), reason: null },
      link: orderHref(order.id),
      dedupeKey: key,
    });
    return { id: order.id, status, cancelledAt: now, cancelledMilestones: count };
  });
}
