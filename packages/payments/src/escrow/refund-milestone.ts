import { AppError } from "@hunar/core/app-error";
import type { Tx } from "@hunar/db/types";
import type { PostingLine } from "../ledger/post-transaction-input.ts";
import { postTransaction } from "../ledger/post-transaction.ts";
import { assertMayMoveEscrow } from "./escrow-actor.ts";
import { escrowAmount } from "./escrow-amount.ts";
import { readEscrowPosition } from "./escrow-position.ts";
import { lockMoneyOrder } from "./lock-order.ts";
import { milestoneKey, milestoneMovements, readMilestoneMoney } from "./milestone-money.ts";
import type { EscrowMovement } from "./release-escrow.ts";

export interface RefundMilestoneInput {
  orderId: string;
  milestoneId: string;
  /** The freelancer refunding, an admin, or null for a system rule (cancellation). */
  actorId: string | null;
  now?: Date;
}

/**
 * Returns a funded milestone whose work was never accepted to the client whole: its amount from
 * escrow and its client fee share from revenue, as a gig order's untouched escrow is (ADR 008).
 * Milestones released before keep their fee. Only a milestone funded and neither released nor
 * refunded yet qualifies, read from the ledger under the order lock, so revenue gives back only a
 * share this milestone paid in, once. Keyed order:<id>:milestone:<milestoneId>:refund.
 */
export async function refundMilestone(tx: Tx, input: RefundMilestoneInput): Promise<EscrowMovement & { clientFeeReturnedPaisa: bigint }> {
  const order = await lockMoneyOrder(tx, input.orderId);
  await assertMayMoveEscrow(tx, order, input.actorId, "client");
  const milestone = await readMilestoneMoney(tx, order.id, input.milestoneId);
  const moved = await milestoneMovements(tx, order.id, milestone.id);
  if (moved.refunded)
    return { transactionId: moved.refunded.id, replayed: true, amountPaisa: 0n, feePaisa: 0n, clientFeeReturnedPaisa: 0n };
  if (!moved.funded || moved.released) throw new AppError("INVALID_STATE", "payments:errors.ledger.orderNotFunded");
  const amount = escrowAmount(BigInt(milestone.amountPaisa), (await readEscrowPosition(tx, order.id)).heldPaisa);
  const feeBack = BigInt(milestone.clientFeePaisa);
  const lines: PostingLine[] = [
    { account: { type: "ORDER_ESCROW", orderId: order.id }, amountPaisa: -amount },
    { account: { type: "CLIENT_BALANCE", userId: order.clientId }, amountPaisa: amount + feeBack },
  ];
  if (feeBack > 0n) lines.push({ account: { type: "PLATFORM_REVENUE" }, amountPaisa: -feeBack });
  const posted = await postTransaction(tx, {
    idempotencyKey: milestoneKey(order.id, milestone.id, "refund"),
    kind: "ESCROW_REFUNDED",
    lines,
    createdById: input.actorId,
    orderId: order.id,
    milestoneId: milestone.id,
    ...(input.now ? { postedAt: input.now } : {}),
  });
  return { ...posted, amountPaisa: amount, feePaisa: 0n, clientFeeReturnedPaisa: feeBack };
}
