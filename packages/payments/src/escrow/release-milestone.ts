import { AppError } from "@hunar/core/app-error";
import type { Tx } from "@hunar/db/types";
import { lockMoneyOrder } from "./lock-order.ts";
import { milestoneKey, milestoneMovements, readMilestoneMoney } from "./milestone-money.ts";
import { type EscrowMovement, releaseEscrow } from "./release-escrow.ts";

export interface ReleaseMilestoneInput {
  orderId: string;
  milestoneId: string;
  /** The client accepting, or null for the system (auto-complete). */
  actorId: string | null;
  now?: Date;
}

/**
 * Releases one funded milestone's amount to the freelancer: releaseEscrow with that amount, so
 * the fee is the difference of feeOwedAfter before and after it and the fees of all milestones
 * add up to the order's snapshotted fee (ADR 008). Keyed order:<id>:milestone:<milestoneId>:release,
 * so a second call replays; a milestone that was never funded, or was refunded, has nothing to
 * release (INVALID_STATE). Money only: the caller marks the milestone approved.
 */
export async function releaseMilestone(
  tx: Tx,
  input: ReleaseMilestoneInput,
): Promise<EscrowMovement & { netPaisa: bigint; clearsAt: Date | null }> {
  const order = await lockMoneyOrder(tx, input.orderId);
  const milestone = await readMilestoneMoney(tx, order.id, input.milestoneId);
  const moved = await milestoneMovements(tx, order.id, milestone.id);
  if (!moved.released && (!moved.funded || moved.refunded)) throw new AppError("INVALID_STATE", "payments:errors.ledger.orderNotFunded");
  return releaseEscrow(tx, {
    orderId: order.id,
    actorId: input.actorId,
    amountPaisa: BigInt(milestone.amountPaisa),
    idempotencyKey: milestoneKey(order.id, milestone.id, "release"),
    milestoneId: milestone.id,
    ...(input.now ? { now: input.now } : {}),
  });
}
