import type { Tx } from "@hunar/db/types";
import { postTransaction } from "../ledger/post-transaction.ts";
import type { OrderFunding } from "./order-funding.ts";

/**
 * The one path by which outside money enters: the funding request's amount goes from
 * EXTERNAL_FUNDING into the client's wallet (key funding:<id>:confirm, so a retry credits once),
 * then a named order is handed to the orders package, which funds it from the wallet when it
 * still waits for payment and the wallet covers the total. Runs inside the caller's transaction, after the caller locked the request (and order).
 */
export async function creditFunding(
  tx: Tx,
  request: { id: string; userId: string; orderId: string | null; amountPaisa: bigint },
  actorId: string | null,
  orders: OrderFunding,
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
  return { orderFunded: await orders.fundIfCovered(tx, { orderId: request.orderId, clientId: request.userId, actorId }) };
}
