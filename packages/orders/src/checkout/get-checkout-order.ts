import { AppError } from "@hunar/core/app-error";
import type { Db, Tx } from "@hunar/db/types";
import { ZId } from "@hunar/payments/funding/funding-input";
import { FUNDING_VIEW_SELECT } from "@hunar/payments/funding/funding-view";
import { walletBalance } from "@hunar/payments/funding/wallet-balance";
import { CHECKOUT_ORDER_SELECT, type CheckoutOrder } from "./checkout-order.ts";

/** The client's own order with what paying for it takes; anyone else gets NOT_FOUND. */
export async function getCheckoutOrder(db: Db | Tx, userId: string, orderId: string): Promise<CheckoutOrder> {
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
  const missing = BigInt(order.totalPaisa) - walletPaisa;
  return {
    ...view,
    walletPaisa,
    shortfallPaisa: order.status === "PENDING_PAYMENT" && missing > 0n ? missing : 0n,
    funding: fundingRequests,
  };
}
