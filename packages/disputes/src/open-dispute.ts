import { parseInput } from "@hunar/core/parse-input";
import type { Db, OrderStatus } from "@hunar/db/types";
import { lockOrder } from "@hunar/orders/lock-order";
import { readContractStage } from "@hunar/orders/milestones/contract-stage";
import { addDays } from "@hunar/orders/order-link";
import { orderNotFound, requireRole } from "@hunar/orders/order-role";
import { assertTransition } from "@hunar/orders/order-states";
import { closePendingRequests } from "@hunar/orders/requests/close-pending-requests";
import { recordOrderEvent } from "@hunar/orders/timeline/record-order-event";
import { readEscrowPosition } from "@hunar/payments/escrow/escrow-position";
import { withMoneyTransaction } from "@hunar/payments/ledger/with-money-transaction";
import { disputeError } from "./dispute-errors.ts";
import { ANSWER_DAYS, type OpenDisputeInput, ZOpenDispute } from "./dispute-rules.ts";
import { claimEvidenceFiles } from "./evidence-files.ts";
import { displayName, notifyDispute } from "./notify-dispute.ts";

/** A party, and the order in a state a dispute may freeze; anyone else is told the order does not exist. */
function assertMayOpen(order: { clientId: string; freelancerId: string; status: OrderStatus }, userId: string): void {
  requireRole(order, userId, "either", "errors:forbidden");
  if (order.status === "DISPUTED") throw disputeError("INVALID_STATE", "open.alreadyDisputed");
  assertTransition("openDispute", order.status, "disputes:errors.open.notOpenable");
}

/** assertMayOpen on the order as it is now, unlocked: the web asks first so a stranger's post stores no file. */
export async function checkMayOpenDispute(db: Db, actor: { userId: string }, orderId: string): Promise<void> {
  if (typeof orderId !== "string" || orderId.length === 0 || orderId.length > 64) throw orderNotFound();
  const order = await db.order.findUnique({ where: { id: orderId }, select: { clientId: true, freelancerId: true, status: true } });
  if (!order) throw orderNotFound();
  assertMayOpen(order, actor.userId);
}

export interface OpenedDispute {
  disputeId: string;
  answerDueAt: Date;
}

/**
 * Either party of funded work not yet accepted opens a dispute: a reason, their account and their
 * evidence files. Under the order lock, in one transaction: the order becomes DISPUTED (so no
 * delivery, acceptance, cancellation or timer applies), requests still waiting are closed, the
 * escrow under dispute is recorded (a contract's current milestone), the account is the thread's
 * first post, the timeline and the conversation say so, and the other party is told they have
 * three days to answer. An unfunded, completed or already disputed order is refused; someone
 * outside the order is told it does not exist.
 */
export async function openDispute(db: Db, actor: { userId: string }, raw: OpenDisputeInput, now = new Date()): Promise<OpenedDispute> {
  const input = parseInput(ZOpenDispute, raw);
  return withMoneyTransaction(db, async (tx) => {
    const order = await lockOrder(tx, input.orderId);
    if (!order) throw orderNotFound();
    assertMayOpen(order, actor.userId);
    const held = (await readEscrowPosition(tx, order.id)).heldPaisa;
    if (held <= 0n) throw disputeError("INVALID_STATE", "open.notFunded");
    const milestone = (await readContractStage(tx, order.id)).current;
    const answerDueAt = addDays(now, ANSWER_DAYS);
    const dispute = await tx.dispute.create({
      data: {
        orderId: order.id,
        milestoneId: milestone?.id ?? null,
        openedById: actor.userId,
        reason: input.reason,
        description: input.description,
        previousOrderStatus: order.status,
        escrowPaisa: Number(held),
        answerDueAt,
        createdAt: now,
      },
      select: { id: true },
    });
    const post = await tx.disputeEvidence.create({
      data: { disputeId: dispute.id, authorId: actor.userId, statement: input.description, createdAt: now },
      select: { id: true },
    });
    await claimEvidenceFiles(tx, actor.userId, post.id, input.attachmentIds, now);
    await tx.order.update({ where: { id: order.id }, data: { status: "DISPUTED" } });
    await closePendingRequests(tx, order.id, now);
    await recordOrderEvent(tx, {
      order,
      kind: "disputeOpened",
      data: { disputeId: dispute.id, reason: input.reason },
      actorId: actor.userId,
      at: now,
      dedupeKey: `order:${order.id}:dispute:${dispute.id}:opened`,
    });
    const other = actor.userId === order.clientId ? order.freelancerId : order.clientId;
    await notifyDispute(
      tx,
      { dispute, order },
      [other],
      "dispute.opened",
      { openerName: await displayName(tx, actor.userId), answerDueAt: answerDueAt.toISOString() },
      "opened",
    );
    return { disputeId: dispute.id, answerDueAt };
  });
}
