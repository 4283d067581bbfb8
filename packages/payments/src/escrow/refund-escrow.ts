import type { Tx } from "@hunar/db/types";
import type { PostingLine } from "../ledger/post-transaction-input.ts";
import { postTransaction } from "../ledger/post-transaction.ts";
import { escrowAmount } from "./escrow-amount.ts";
import { assertMayMoveEscrow } from "./escrow-actor.ts";
import { readEscrowPosition } from "./escrow-position.ts";
import { lockMoneyOrder } from "./lock-order.ts";
import type { EscrowMovement } from "./release-escrow.ts";

export interface RefundEscrowInput {
  orderId: string;
  /** The freelancer refunding, an admin settling, or null for a system rule (cancellation). */
  actorId: string | null;
  /** Part of the escrow; all of it when omitted. */
  amountPaisa?: bigint;
  /** Defaults to order:<id>:refund:<n>, n counting this order's movements out of escrow. */
  idempotencyKey?: string;
  disputeId?: string | null;
  milestoneId?: string | null;
  now?: Date;
}

/**
 * Returns escrow to the client's wallet. A full refund of an escrow nothing has left yet (the
 * work never happened) also returns the client fee from revenue: the client paid for a service
 * they did not get. Any partial refund leaves the fee where it is. Money only: the caller
 * changes the order's status in the same transaction.
 */
export async function refundEscrow(tx: Tx, input: RefundEscrowInput): Promise<EscrowMovement & { clientFeeReturnedPaisa: bigint }> {
  const order = await lockMoneyOrder(tx, input.orderId);
  await assertMayMoveEscrow(tx, order, input.actorId, "client");
  if (input.idempotencyKey) {
    const done = await tx.ledgerTransaction.findUnique({ where: { idempotencyKey: input.idempotencyKey }, select: { id: true } });
    if (done) return { transactionId: done.id, replayed: true, amountPaisa: 0n, feePaisa: 0n, clientFeeReturnedPaisa: 0n };
  }
  const position = await readEscrowPosition(tx, order.id);
  const amount = escrowAmount(input.amountPaisa, position.heldPaisa);
  const untouched = position.movements === 0 && amount === BigInt(order.subtotalPaisa);
  const feeBack = untouched ? BigInt(order.clientFeePaisa) : 0n;

  const lines: PostingLine[] = [
    { account: { type: "ORDER_ESCROW", orderId: order.id }, amountPaisa: -amount },
    { account: { type: "CLIENT_BALANCE", userId: order.clientId }, amountPaisa: amount + feeBack },
  ];
  if (feeBack > 0n) lines.push({ account: { type: "PLATFORM_REVENUE" }, amountPaisa: -feeBack });

  const posted = await postTransaction(tx, {
    idempotencyKey: input.idempotencyKey ?? `order:${order.id}:refund:${position.movements + 1}`,
    kind: "ESCROW_REFUNDED",
    lines,
    createdById: input.actorId,
    orderId: order.id,
    disputeId: input.disputeId ?? null,
    milestoneId: input.milestoneId ?? null,
    ...(input.now ? { postedAt: input.now } : {}),
  });
  return { ...posted, amountPaisa: amount, feePaisa: 0n, clientFeeReturnedPaisa: feeBack };
}
