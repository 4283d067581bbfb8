import type { Tx } from "@hunar/db/types";
import type { PostingLine } from "../ledger/post-transaction-input.ts";
import { postTransaction } from "../ledger/post-transaction.ts";
import { assertMayFund } from "./escrow-actor.ts";
import { lockMoneyOrder } from "./lock-order.ts";
import { milestoneKey, readMilestoneMoney } from "./milestone-money.ts";

export interface FundMilestoneInput {
  orderId: string;
  milestoneId: string;
  /** The client paying, or an admin confirming the client's transfer. */
  actorId: string;
  now?: Date;
}

/**
 * Pays one milestone of a contract from its client's wallet: amount + its client fee share leave
 * CLIENT_BALANCE, the amount goes into the order's escrow and the share to revenue, on a
 * transaction that names the milestone. Money only: which milestone may be funded now (the next
 * one, after the previous was accepted) is the orders package's rule, checked under the same
 * order lock. The key order:<id>:milestone:<milestoneId>:fund makes a second call a replay.
 */
export async function fundMilestone(tx: Tx, input: FundMilestoneInput): Promise<{ transactionId: string; replayed: boolean }> {
  const order = await lockMoneyOrder(tx, input.orderId);
  await assertMayFund(tx, order, input.actorId);
  const milestone = await readMilestoneMoney(tx, order.id, input.milestoneId);
  const lines: PostingLine[] = [
    { account: { type: "CLIENT_BALANCE", userId: order.clientId }, amountPaisa: -BigInt(milestone.amountPaisa + milestone.clientFeePaisa) },
    { account: { type: "ORDER_ESCROW", orderId: order.id }, amountPaisa: BigInt(milestone.amountPaisa) },
  ];
  if (milestone.clientFeePaisa > 0) lines.push({ account: { type: "PLATFORM_REVENUE" }, amountPaisa: BigInt(milestone.clientFeePaisa) });
  return postTransaction(tx, {
    idempotencyKey: milestoneKey(order.id, milestone.id, "fund"),
    kind: "ESCROW_FUNDED",
    lines,
    createdById: input.actorId,
    orderId: order.id,
    milestoneId: milestone.id,
    ...(input.now ? { postedAt: input.now } : {}),
  });
}
