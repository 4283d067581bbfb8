import type { Tx } from "@hunar/db/types";
import { fundOrderFromWallet } from "../escrow/fund-order-from-wallet.ts";
import { postTransaction } from "../ledger/post-transaction.ts";
import { lockOrder } from "./lock-rows.ts";
import { walletBalance } from "./wallet-balance.ts";

/**
 * The one path by which outside money enters: the funding request's amount goes from
 * EXTERNAL_FUNDING into the client's wallet (key funding:<id>:confirm, so a retry credits once),
 * then a named order still waiting for payment is funded from the wallet when it covers the
 * total. Runs inside the caller's transaction, after the caller locked the request (and order).
 */
export async function creditFunding(
  tx: Tx,
  request: { id: string; userId: string; orderId: string | null; amountPaisa: bigint },
  actorId: string | null,
): Promise<{ orderFunded: boolean }> {
  await postTransaction(tx, {
    idempotencyKey: `funding:${request.id}:confirm`,
    kind: "FUNDING_CONFIRMED",
    lines: [
      { account: { type: "EXTERNAL_FUNDING" }, amountPaisa: -request.amountPaisa },
      { account: { type: "CLIENT_BALANCE", userId: request.userId }, amountPaisa: request.amountPaisa },
    ],
    createdById: actorId,
    fundingRequestId: request.id,
  });
  if (!request.orderId) return { orderFunded: false };
  return { orderFunded: await fundOrderIfCovered(tx, request.orderId, request.userId, actorId) };
}

/**
 * Funds the client's order from their wallet when it still waits for payment and the wallet
 * covers it. Otherwise the money simply stays in the wallet (the order was cancelled or paid
 * some other way meanwhile), which is never wrong.
 */
export async function fundOrderIfCovered(tx: Tx, orderId: string, clientId: string, actorId: string | null): Promise<boolean> {
  const order = await lockOrder(tx, orderId);
  if (!order || order.clientId !== clientId || order.status !== "PENDING_PAYMENT") return false;
  if ((await walletBalance(tx, clientId)) < BigInt(order.totalPaisa)) return false;
  await fundOrderFromWallet(tx, { orderId, actorId: actorId ?? clientId });
  return true;
}
