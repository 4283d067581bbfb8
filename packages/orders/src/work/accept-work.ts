import type { Tx } from "@hunar/db/types";
import type { LockedOrder } from "../lock-order.ts";
import { type AcceptedMilestone, acceptMilestone } from "../milestones/accept-milestone.ts";
import { type ContractStage, readContractStage } from "../milestones/contract-stage.ts";
import { mayTransition } from "../order-states.ts";
import { type Completion, type CompletedOrder, completeOrder } from "./complete-order.ts";

export type AcceptedWork = CompletedOrder | AcceptedMilestone;

/**
 * Accepting delivered work, by the client or the timer: an order without milestones, or a
 * contract's last milestone, completes the order (completeOrder); any earlier milestone is
 * accepted on its own and the contract waits for the next payment (acceptMilestone). The caller
 * holds the order lock.
 */
export async function acceptDeliveredWork(tx: Tx, order: LockedOrder, completion: Completion, now: Date): Promise<AcceptedWork> {
  const stage = await readContractStage(tx, order.id);
  if (stage.shape.contract && !stage.shape.lastMilestone) return acceptMilestone(tx, order, stage, completion, now);
  return completeOrder(tx, order, completion, now, stage);
}

/** Whether the timer may accept this delivered work now (the whole order, or the contract's current milestone). */
export function mayAutoAccept(order: Pick<LockedOrder, "status">, stage: ContractStage): boolean {
  return mayTransition("autoComplete", order.status, stage.shape) || mayTransition("autoAcceptMilestone", order.status, stage.shape);
}
