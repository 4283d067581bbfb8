import { AppError } from "@hunar/core/app-error";
import type { Db, Tx } from "@hunar/db/types";
import { ZId } from "@hunar/payments/funding/funding-input";
import { FUNDING_VIEW_SELECT } from "@hunar/payments/funding/funding-view";
import { walletBalance } from "@hunar/payments/funding/wallet-balance";
import { amountDuePaisa, readContractStage } from "../milestones/contract-stage.ts";
import { CHECKOUT_ORDER_SELECT, type CheckoutOrder } from "./checkout-order.ts";

/** The pay page's order: for a contract, what is due is its next milestone, not the total. */
export interface CheckoutOrderDue extends CheckoutOrder {
  /** What paying takes now: the total, or the next milestone's amount + its client fee share (0 when none waits). */
  amountDuePaisa: bigint;
  /** The milestone this payment funds; null for an order without milestones. */
  dueMilestone: { id: string; position: number; title: string; amountPaisa: number; clientFeePaisa: number; durationDays: number } | null;
  /** How many milestones the contract has; 0 for an order without them. */
  milestoneCount: number;
}

/** The client's own order with what paying for it takes; anyone else gets NOT_FOUND. */
export async function getCheckoutOrder(db: Db | Tx, userId: string, orderId: string): Promise<CheckoutOrderDue> {
  const id = ZId.safeParse(orderId);
  if (!id.success) throw new AppError("NOT_FOUND", "errors:notFound");
  const order = await db.order.findUnique({
    where: { id: id.data },
    select: {
      ...CHECKOUT_ORDER_SELECT,
      fundingRequests: { select: FUNDING_VIEW_SELECT, orderBy: [{ createdAt: "desc" }, { id: "desc" }] },
    },
  });
  if (!order || order.clientId !== userId) throw new AppError("NOT_FOUND", "errors:notFound");
  const { clientId: _clientId, fundingRequests, ...view } = order;
  const walletPaisa = await walletBalance(db, userId);
  const stage = await readContractStage(db, order.id);
  const due = amountDuePaisa(order, stage);
  const missing = due - walletPaisa;
  const next = stage.next;
  return {
    ...view,
    walletPaisa,
    shortfallPaisa: order.status === "PENDING_PAYMENT" && missing > 0n ? missing : 0n,
    funding: fundingRequests,
    amountDuePaisa: due,
    dueMilestone: next
      ? {
          id: next.id,
          position: next.position,
          title: next.title,
          amountPaisa: next.amountPaisa,
          clientFeePaisa: next.clientFeePaisa,
          durationDays: next.durationDays,
        }
      : null,
    milestoneCount: stage.milestones.length,
  };
}
