import { markPayoutPaid } from "../payouts/mark-payout-paid.ts";
import { rejectPayout } from "../payouts/reject-payout.ts";
import { requestPayout } from "../payouts/request-payout.ts";
import { availableKey, clearingKey, type MoneyWorld, move } from "./money-world.ts";

let references = 0;

/** A withdrawal through the real payout request; the model moves only if it was not a replay. */
export async function withdraw(
  world: MoneyWorld,
  f: number,
  amountPaisa: bigint,
  requestKey: string,
): Promise<{ id: string; replayed: boolean }> {
  const freelancer = world.freelancers[f % world.freelancers.length];
  if (!freelancer) throw new Error("the world has no freelancers");
  const request = await requestPayout(world.db, freelancer, { payoutMethodId: freelancer.payoutMethodId, amountPaisa, requestKey });
  if (!request.replayed) {
    move(world, availableKey(freelancer.userId), -amountPaisa);
    move(world, clearingKey(freelancer.userId), amountPaisa);
    world.payouts.push({ id: request.id, userId: freelancer.userId, amount: amountPaisa, open: true });
  }
  return { id: request.id, replayed: request.replayed };
}

export async function pay(world: MoneyWorld, payout: MoneyWorld["payouts"][number]): Promise<void> {
  references += 1;
  await markPayoutPaid(world.db, world.admin, { payoutRequestId: payout.id, reference: `FT${process.pid}X${references}` });
  payout.open = false;
  move(world, clearingKey(payout.userId), -payout.amount);
}

export async function reject(world: MoneyWorld, payout: MoneyWorld["payouts"][number]): Promise<void> {
  await rejectPayout(world.db, world.admin, { payoutRequestId: payout.id, reason: "Account title does not match" });
  payout.open = false;
  move(world, clearingKey(payout.userId), -payout.amount);
  move(world, availableKey(payout.userId), payout.amount);
}
