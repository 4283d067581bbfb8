import { AppError } from "@hunar/core/app-error";
import type { Tx } from "@hunar/db/types";
import type { PostingLine } from "../ledger/post-transaction-input.ts";
import { postTransaction } from "../ledger/post-transaction.ts";
import { lockMoneyOrder } from "./lock-order.ts";

const DAY_MS = 24 * 60 * 60 * 1000;

export interface FundOrderInput {
  orderId: string;
  /** The client paying, or an admin confirming the client's transfer. */
  actorId: string;
  /** When the work starts; defaults to now (the demo seed backdates it). */
  now?: Date;
}

/**
 * Pays an order from its client's wallet: the total leaves CLIENT_BALANCE, the subtotal goes
 * into the order's escrow and the client fee to revenue, and the order starts (IN_PROGRESS,
 * due deliveryDays from now) in the same transaction. The order's status is checked under its
 * row lock, so of two concurrent payments exactly one funds it and the other is told the order
 * no longer waits for payment; the ledger refuses a wallet that does not cover the total.
 */
export async function fundOrderFromWallet(tx: Tx, input: FundOrderInput): Promise<{ transactionId: string; fundedAt: Date; dueAt: Date }> {
  const order = await lockMoneyOrder(tx, input.orderId);
  if (order.clientId !== input.actorId) {
    const actor = await tx.user.findUnique({ where: { id: input.actorId }, select: { isAdmin: true } });
    if (!actor?.isAdmin) throw new AppError("NOT_FOUND", "payments:errors.ledger.orderNotFound");
  }
  if (order.status !== "PENDING_PAYMENT") throw new AppError("INVALID_STATE", "payments:errors.ledger.orderNotPayable");

  const lines: PostingLine[] = [
    { account: { type: "CLIENT_BALANCE", userId: order.clientId }, amountPaisa: -BigInt(order.totalPaisa) },
    { account: { type: "ORDER_ESCROW", orderId: order.id }, amountPaisa: BigInt(order.subtotalPaisa) },
  ];
  if (order.clientFeePaisa > 0) lines.push({ account: { type: "PLATFORM_REVENUE" }, amountPaisa: BigInt(order.clientFeePaisa) });

  const fundedAt = input.now ?? new Date();
  const dueAt = new Date(fundedAt.getTime() + order.deliveryDays * DAY_MS);
  // The order row is ours already; updating it before posting keeps the posting's account locks
  // (platform revenue is shared by every order) held for as short a time as possible.
  await tx.order.update({ where: { id: order.id }, data: { status: "IN_PROGRESS", fundedAt, dueAt } });
  const { transactionId } = await postTransaction(tx, {
    idempotencyKey: `order:${order.id}:fund`,
    kind: "ESCROW_FUNDED",
    lines,
    createdById: input.actorId,
    orderId: order.id,
    ...(input.now ? { postedAt: input.now } : {}),
  });
  return { transactionId, fundedAt, dueAt };
}
