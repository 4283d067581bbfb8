import { AppError } from "@hunar/core/app-error";
import type { Tx } from "@hunar/db/types";
import { notify } from "@hunar/notifications/notify";
import { fundMilestone } from "@hunar/payments/escrow/fund-milestone";
import type { LockedOrder } from "../lock-order.ts";
import { addDays, orderHref } from "../order-link.ts";
import { assertTransition } from "../order-states.ts";
import { recordOrderEvent } from "../timeline/record-order-event.ts";
import type { ContractStage } from "./contract-stage.ts";

export interface FundedMilestone {
  transactionId: string;
  fundedAt: Date;
  dueAt: Date;
  milestoneId: string;
}

/**
 * Pays a contract's next milestone and starts its work (startPaidOrder's contract branch, under
 * the order lock): the milestone FUNDED and due durationDays from now, the order IN_PROGRESS with
 * that due date, payments' fundMilestone for the money (its amount to escrow, its fee share to
 * revenue). Only the milestone after the last accepted one can be paid, and only while none is
 * being worked on: the order is PENDING_PAYMENT exactly then, so the transition says it.
 */
export async function fundNextMilestone(
  tx: Tx,
  order: LockedOrder,
  stage: ContractStage,
  input: { actorId: string; now?: Date },
): Promise<FundedMilestone> {
  const status = assertTransition("pay", order.status, "payments:errors.ledger.orderNotPayable", stage.shape);
  const milestone = stage.next;
  if (!milestone) throw new AppError("INVALID_STATE", "payments:errors.ledger.orderNotPayable");
  const fundedAt = input.now ?? new Date();
  const dueAt = addDays(fundedAt, milestone.durationDays);
  await tx.order.update({
    where: { id: order.id },
    data: {
      status,
      fundedAt: order.fundedAt ?? fundedAt,
      dueAt,
      requirementsSubmittedAt: order.requirementsSubmittedAt ?? fundedAt,
      deliveredAt: null,
      autoCompleteAt: null,
      autoCompleteWarnedAt: null,
    },
  });
  await tx.milestone.update({ where: { id: milestone.id }, data: { status: "FUNDED", fundedAt, dueAt } });
  const { transactionId } = await fundMilestone(tx, {
    orderId: order.id,
    milestoneId: milestone.id,
    actorId: input.actorId,
    ...(input.now ? { now: input.now } : {}),
  });
  const dedupeKey = `order:${order.id}:milestone:${milestone.id}:paid`;
  const client = await tx.user.findUniqueOrThrow({ where: { id: order.clientId }, select: { displayName: true } });
  await notify(tx, {
    userId: order.freelancerId,
    ...(milestone.position === 1
      ? {
          kind: "order.paid" as const,
          data: {
            orderId: order.id,
            orderNumber: order.number,
            title: order.title,
            clientName: client.displayName,
            subtotalPaisa: String(milestone.amountPaisa),
            dueAt: dueAt.toISOString(),
          },
        }
      : {
          kind: "order.milestoneFunded" as const,
          data: {
            orderId: order.id,
            orderNumber: order.number,
            title: order.title,
            clientName: client.displayName,
            position: milestone.position,
            milestoneTitle: milestone.title,
            amountPaisa: String(milestone.amountPaisa),
            dueAt: dueAt.toISOString(),
          },
        }),
    link: orderHref(order.id),
    dedupeKey,
  });
  await recordOrderEvent(tx, {
    order,
    kind: "paid",
    data: { dueAt: dueAt.toISOString(), milestoneId: milestone.id, position: milestone.position },
    actorId: input.actorId,
    at: fundedAt,
    dedupeKey,
  });
  return { transactionId, fundedAt, dueAt, milestoneId: milestone.id };
}
