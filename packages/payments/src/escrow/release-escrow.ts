import type { Tx } from "@hunar/db/types";
import type { PostingLine } from "../ledger/post-transaction-input.ts";
import { postTransaction } from "../ledger/post-transaction.ts";
import { escrowAmount } from "./escrow-amount.ts";
import { assertMayMoveEscrow } from "./escrow-actor.ts";
import { readEscrowPosition } from "./escrow-position.ts";
import { lockMoneyOrder } from "./lock-order.ts";
import { feeOwedAfter } from "./release-fee.ts";

const DAY_MS = 24 * 60 * 60 * 1000;

export interface ReleaseEscrowInput {
  orderId: string;
  /** The client approving, an admin settling, or null for the system (auto-complete). */
  actorId: string | null;
  /** Part of the escrow; all of it when omitted. */
  amountPaisa?: bigint;
  /** Defaults to order:<id>:release:<n>, n counting this order's movements out of escrow. */
  idempotencyKey?: string;
  disputeId?: string | null;
  milestoneId?: string | null;
  now?: Date;
}

export interface EscrowMovement {
  transactionId: string;
  replayed: boolean;
  amountPaisa: bigint;
  feePaisa: bigint;
}

/**
 * Releases escrow to the freelancer: the net goes to FREELANCER_PENDING until clearsAt (now +
 * the order's clearance days), the freelancer fee to revenue. Money only: the caller changes the
 * order's status in the same transaction.
 */
export async function releaseEscrow(
  tx: Tx,
  input: ReleaseEscrowInput,
): Promise<EscrowMovement & { netPaisa: bigint; clearsAt: Date | null }> {
  const order = await lockMoneyOrder(tx, input.orderId);
  await assertMayMoveEscrow(tx, order, input.actorId, "freelancer");
  if (input.idempotencyKey) {
    const done = await tx.ledgerTransaction.findUnique({
      where: { idempotencyKey: input.idempotencyKey },
      select: { id: true, clearsAt: true },
    });
    if (done) return { transactionId: done.id, replayed: true, amountPaisa: 0n, feePaisa: 0n, netPaisa: 0n, clearsAt: done.clearsAt };
  }
  const position = await readEscrowPosition(tx, order.id);
  const amount = escrowAmount(input.amountPaisa, position.heldPaisa);
  const fee = feeOwedAfter(position.releasedPaisa + amount, order) - feeOwedAfter(position.releasedPaisa, order);
  const net = amount - fee;

  const now = input.now ?? new Date();
  const clearsAt = net > 0n ? new Date(now.getTime() + order.clearanceDays * DAY_MS) : null;
  const lines: PostingLine[] = [{ account: { type: "ORDER_ESCROW", orderId: order.id }, amountPaisa: -amount }];
  if (net > 0n) lines.push({ account: { type: "FREELANCER_PENDING", userId: order.freelancerId }, amountPaisa: net });
  if (fee > 0n) lines.push({ account: { type: "PLATFORM_REVENUE" }, amountPaisa: fee });

  const posted = await postTransaction(tx, {
    idempotencyKey: input.idempotencyKey ?? `order:${order.id}:release:${position.movements + 1}`,
    kind: "ESCROW_RELEASED",
    lines,
    createdById: input.actorId,
    orderId: order.id,
    disputeId: input.disputeId ?? null,
    milestoneId: input.milestoneId ?? null,
    clearsAt,
    ...(input.now ? { postedAt: input.now } : {}),
  });
  return { ...posted, amountPaisa: amount, feePaisa: fee, netPaisa: net, clearsAt };
}
