import { AppError } from "@hunar/core/app-error";
import type { Tx } from "@hunar/db/types";
import type { PostingLine } from "../ledger/post-transaction-input.ts";
import { postTransaction } from "../ledger/post-transaction.ts";
import { assertMayFund } from "./escrow-actor.ts";
import { lockMoneyOrder } from "./lock-order.ts";

export interface FundEscrowInput {
  orderId: string;
  /** The client paying, or an admin confirming the client's transfer. */
  actorId: string;
  /** When the money moved; defaults to now (the demo seed backdates it). */
  now?: Date;
}

/**
 * Pays an order's escrow from its client's wallet: the total leaves CLIENT_BALANCE, the subtotal
 * goes into the order's escrow and the client fee to revenue. Money only: whether the order may
 * be funded now, and the work starting, are the orders package's (startPaidOrder), which calls
 * this under its own order lock. The key order:<id>:fund makes a second call a replay, and the
 * ledger refuses a wallet that does not cover the total. A contract with milestones is paid one
 * milestone at a time (fundMilestone), never its whole total here.
 */
export async function fundEscrow(tx: Tx, input: FundEscrowInput): Promise<{ transactionId: string; replayed: boolean }> {
  const order = await lockMoneyOrder(tx, input.orderId);
  await assertMayFund(tx, order, input.actorId);
  if (order.hasMilestones) throw new AppError("INVALID_STATE", "payments:errors.ledger.orderNotPayable");
  const lines: PostingLine[] = [
    { account: { type: "CLIENT_BALANCE", userId: order.clientId }, amountPaisa: -BigInt(order.totalPaisa) },
    { account: { type: "ORDER_ESCROW", orderId: order.id }, amountPaisa: BigInt(order.subtotalPaisa) },
  ];
  if (order.clientFeePaisa > 0) lines.push({ account: { type: "PLATFORM_REVENUE" }, amountPaisa: BigInt(order.clientFeePaisa) });
  return postTransaction(tx, {
    idempotencyKey: `order:${order.id}:fund`,
    kind: "ESCROW_FUNDED",
    lines,
    createdById: input.actorId,
    orderId: order.id,
    ...(input.now ? { postedAt: input.now } : {}),
  });
}
