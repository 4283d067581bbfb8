import { AppError } from "@hunar/core/app-error";
import type { Tx } from "@hunar/db/types";
import type { OrderFunding } from "@hunar/payments/funding/order-funding";
import { walletBalance } from "@hunar/payments/funding/wallet-balance";
import { lockOrder } from "./lock-order.ts";
import { amountDuePaisa, readContractStage } from "./milestones/contract-stage.ts";
import { mayTransition } from "./order-states.ts";
import { startPaidOrder } from "./start-paid-order.ts";

/**
 * The client's own order, locked, when it waits for payment, with what paying it takes now (the
 * total, or a contract's next milestone with its fee share); NOT_FOUND / INVALID_STATE otherwise.
 * A contract whose current milestone is not accepted yet says so: the next is paid only after.
 */
export async function lockPayableOrder(tx: Tx, clientId: string, orderId: string) {
  const order = await lockOrder(tx, orderId);
  if (!order || order.clientId !== clientId) throw new AppError("NOT_FOUND", "errors:notFound");
  const stage = await readContractStage(tx, order.id);
  if (!mayTransition("pay", order.status, stage.shape) || (stage.shape.contract && !stage.next)) {
    if (stage.current && !stage.shape.lastMilestone) {
      throw new AppError("INVALID_STATE", "orders:errors.milestones.previousNotAccepted", { params: { position: stage.current.position } });
    }
    throw new AppError("INVALID_STATE", "payments:errors.checkout.notAwaitingPayment");
  }
  return { ...order, stage, amountDuePaisa: amountDuePaisa(order, stage) };
}

/**
 * What a funding that names an order means for it, handed to payments by every caller: the
 * order may take money only while it is its client's and waits for payment, and once the
 * client's wallet covers what is due (the total, or the next milestone) it is paid and started.
 */
export const orderFunding: OrderFunding = {
  assertPayable: (tx, clientId, orderId) => lockPayableOrder(tx, clientId, orderId),
  async fundIfCovered(tx, { orderId, clientId, actorId }) {
    const order = await lockOrder(tx, orderId);
    if (!order || order.clientId !== clientId) return false;
    const stage = await readContractStage(tx, order.id);
    const due = amountDuePaisa(order, stage);
    if (!mayTransition("pay", order.status, stage.shape) || (stage.shape.contract && !stage.next)) return false;
    if ((await walletBalance(tx, clientId)) < due) return false;
    await startPaidOrder(tx, { orderId, actorId: actorId ?? clientId });
    return true;
  },
};
