import { AppError } from "@hunar/core/app-error";
import type { Tx } from "@hunar/db/types";
import type { PostingLine } from "../ledger/post-transaction-input.ts";
import { postTransaction } from "../ledger/post-transaction.ts";
import { assertMayMoveEscrow } from "./escrow-actor.ts";
import { readEscrowPosition } from "./escrow-position.ts";
import { type MoneyOrder, lockMoneyOrder } from "./lock-order.ts";
import { readMilestoneMoney } from "./milestone-money.ts";
import { feeOwedAfter } from "./release-fee.ts";

const DAY_MS = 24 * 60 * 60 * 1000;

/** How a dispute divides the escrow it is about: the two add up to it. */
export interface DisputeSplit {
  freelancerPaisa: bigint;
  clientPaisa: bigint;
}

export interface SettleDisputeInput {
  orderId: string;
  disputeId: string;
  /** The contract's milestone under dispute; null for an order without milestones. */
  milestoneId: string | null;
  /** The admin deciding, or null when the parties agreed. */
  actorId: string | null;
  split: DisputeSplit;
  /** The freelancer's share clears no earlier than this (the end of the appeal window). */
  holdUntil?: Date;
  now?: Date;
}

/** What each side of a settlement ends with, so an appeal can post the difference to another. */
interface Outcome {
  net: bigint;
  /** Revenue's change: the freelancer fee taken, less a client fee given back. */
  revenue: bigint;
  /** What the client's wallet gets: their share, and the client fee on a full refund of untouched work. */
  client: bigint;
}

export interface DisputeSettlement {
  transactionId: string;
  netPaisa: bigint;
  feePaisa: bigint;
  clientPaisa: bigint;
  clientFeeReturnedPaisa: bigint;
  clearsAt: Date | null;
}

/** The key of a round's posting: each round of a dispute moves money once, so a retry replays. */
export const disputeKey = (disputeId: string, round: 1 | 2) => `dispute:${disputeId}:round:${round}`;

/**
 * The outcome of a split, by the rules every release and refund follows (ADR 008): the freelancer
 * fee is the difference of feeOwedAfter before and after the released share (so the fees of a
 * contract's milestones and a dispute add up to the order's snapshotted fee); the client fee comes
 * back only when the client gets all of untouched work back (a gig order nothing had left yet, or
 * a contract's current milestone with its fee share), never on a split.
 */
async function outcomeOf(
  tx: Tx,
  order: MoneyOrder,
  milestoneId: string | null,
  split: DisputeSplit,
): Promise<Outcome & { fee: bigint; feeBack: bigint }> {
  const position = await readEscrowPosition(tx, order.id);
  const fee = feeOwedAfter(position.releasedPaisa + split.freelancerPaisa, order) - feeOwedAfter(position.releasedPaisa, order);
  let feeBack = 0n;
  if (split.freelancerPaisa === 0n) {
    if (milestoneId) feeBack = BigInt((await readMilestoneMoney(tx, order.id, milestoneId)).clientFeePaisa);
    else if (position.releasedPaisa === 0n && position.refundedPaisa === 0n) feeBack = BigInt(order.clientFeePaisa);
  }
  return { net: split.freelancerPaisa - fee, revenue: fee - feeBack, client: split.clientPaisa + feeBack, fee, feeBack };
}

function assertSplit(split: DisputeSplit, escrowPaisa: bigint): void {
  if (split.freelancerPaisa < 0n || split.clientPaisa < 0n || split.freelancerPaisa + split.clientPaisa !== escrowPaisa) {
    throw new AppError("BAD_INPUT", "payments:errors.ledger.splitMismatch");
  }
}

const nonZero = (lines: PostingLine[]) => lines.filter((line) => line.amountPaisa !== 0n);

/**
 * Divides a disputed order's escrow in one DISPUTE_SETTLED posting: all of it leaves escrow, the
 * freelancer's share (less its fee) goes to pending earnings, the client's share to their wallet.
 * The split must add up to what escrow holds. Money only: the disputes domain changes the
 * dispute and the order in the same transaction, under the order lock taken here first.
 */
export async function settleDisputedEscrow(tx: Tx, input: SettleDisputeInput): Promise<DisputeSettlement> {
  const order = await lockMoneyOrder(tx, input.orderId);
  await assertMayMoveEscrow(tx, order, input.actorId, "freelancer");
  await assertMayMoveEscrow(tx, order, input.actorId, "client");
  const held = (await readEscrowPosition(tx, order.id)).heldPaisa;
  if (held <= 0n) throw new AppError("INVALID_STATE", "payments:errors.ledger.orderNotFunded");
  assertSplit(input.split, held);
  const outcome = await outcomeOf(tx, order, input.milestoneId, input.split);
  const now = input.now ?? new Date();
  const cleared = new Date(Math.max(now.getTime() + order.clearanceDays * DAY_MS, input.holdUntil?.getTime() ?? 0));
  const clearsAt = outcome.net > 0n ? cleared : null;
  const posted = await postTransaction(tx, {
    idempotencyKey: disputeKey(input.disputeId, 1),
    kind: "DISPUTE_SETTLED",
    lines: nonZero([
      { account: { type: "ORDER_ESCROW", orderId: order.id }, amountPaisa: -held },
      { account: { type: "FREELANCER_PENDING", userId: order.freelancerId }, amountPaisa: outcome.net },
      { account: { type: "PLATFORM_REVENUE" }, amountPaisa: outcome.revenue },
      { account: { type: "CLIENT_BALANCE", userId: order.clientId }, amountPaisa: outcome.client },
    ]),
    createdById: input.actorId,
    orderId: order.id,
    milestoneId: input.milestoneId,
    disputeId: input.disputeId,
    clearsAt,
    ...(input.now ? { postedAt: input.now } : {}),
  });
  return {
    transactionId: posted.transactionId,
    netPaisa: outcome.net,
    feePaisa: outcome.fee,
    clientPaisa: outcome.client,
    clientFeeReturnedPaisa: outcome.feeBack,
    clearsAt,
  };
}

/**
 * An appeal is under way: the freelancer's share of the first decision stops clearing until the
 * appeal is decided, so it is still there to move if the outcome changes. False when it has
 * cleared already (the appeal came too late) or there was nothing to clear.
 */
export async function holdDisputeEarnings(tx: Tx, transactionId: string): Promise<boolean> {
  const rows = await tx.$queryRaw<{ clearedAt: Date | null; clearsAt: Date | null }[]>`
    SELECT "clearedAt", "clearsAt" FROM "LedgerTransaction" WHERE id = ${transactionId} FOR UPDATE`;
  const row = rows[0];
  if (!row || row.clearedAt) return false;
  if (row.clearsAt) await tx.ledgerTransaction.update({ where: { id: transactionId }, data: { clearsAt: null } });
  return true;
}

export interface ResettleDisputeInput extends Omit<SettleDisputeInput, "holdUntil"> {
  /** The first round's split and its posting, held since the appeal (holdDisputeEarnings). */
  previous: DisputeSplit & { transactionId: string };
}

/**
 * An appeal's outcome. The same split as before moves nothing: the held earnings clear as they
 * would have (now + the clearance days). A different split posts the difference as a second
 * DISPUTE_SETTLED transaction: the first share leaves pending and the new one enters it (so the
 * clearance sweeper clears the new share and the first posting never clears), and the client's
 * wallet and revenue move by the difference. If the client has spent money the appeal takes back,
 * the ledger refuses (insufficient funds) and nothing moves.
 */
export async function resettleDisputedEscrow(tx: Tx, input: ResettleDisputeInput): Promise<DisputeSettlement | null> {
  const order = await lockMoneyOrder(tx, input.orderId);
  await assertMayMoveEscrow(tx, order, input.actorId, "freelancer");
  await assertMayMoveEscrow(tx, order, input.actorId, "client");
  const escrow = input.previous.freelancerPaisa + input.previous.clientPaisa;
  assertSplit(input.split, escrow);
  const now = input.now ?? new Date();
  const clearsAt = new Date(now.getTime() + order.clearanceDays * DAY_MS);
  const before = await outcomeOf(tx, order, input.milestoneId, input.previous);
  if (input.split.freelancerPaisa === input.previous.freelancerPaisa) {
    if (before.net > 0n) await tx.ledgerTransaction.update({ where: { id: input.previous.transactionId }, data: { clearsAt } });
    return null;
  }
  const after = await outcomeOf(tx, order, input.milestoneId, input.split);
  const posted = await postTransaction(tx, {
    idempotencyKey: disputeKey(input.disputeId, 2),
    kind: "DISPUTE_SETTLED",
    lines: nonZero([
      { account: { type: "FREELANCER_PENDING", userId: order.freelancerId }, amountPaisa: -before.net },
      { account: { type: "FREELANCER_PENDING", userId: order.freelancerId }, amountPaisa: after.net },
      { account: { type: "PLATFORM_REVENUE" }, amountPaisa: after.revenue - before.revenue },
      { account: { type: "CLIENT_BALANCE", userId: order.clientId }, amountPaisa: after.client - before.client },
    ]),
    createdById: input.actorId,
    orderId: order.id,
    milestoneId: input.milestoneId,
    disputeId: input.disputeId,
    clearsAt: after.net > 0n ? clearsAt : null,
    memo: `appeal of ${input.previous.transactionId}`,
    ...(input.now ? { postedAt: input.now } : {}),
  });
  return {
    transactionId: posted.transactionId,
    netPaisa: after.net,
    feePaisa: after.fee,
    clientPaisa: after.client,
    clientFeeReturnedPaisa: after.feeBack,
    clearsAt: after.net > 0n ? clearsAt : null,
  };
}
