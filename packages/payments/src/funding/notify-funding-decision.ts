import type { Tx } from "@hunar/db/types";
import { notify } from "@hunar/notifications/notify";

/** Tells the client how their transfer was decided, in the decision's transaction. */
export async function notifyFundingDecision(
  tx: Tx,
  request: { id: string; userId: string; amountPaisa: bigint },
  decision: { confirmed: boolean; orderFunded: boolean; reason: string | null },
): Promise<void> {
  const common = { userId: request.userId, link: "/wallet" };
  const amountPaisa = request.amountPaisa.toString();
  if (decision.confirmed) {
    await notify(tx, {
      ...common,
      kind: "funding.confirmed",
      data: { fundingRequestId: request.id, amountPaisa, orderFunded: decision.orderFunded },
      dedupeKey: `funding:${request.id}:confirmed`,
    });
    return;
  }
  await notify(tx, {
    ...common,
    kind: "funding.rejected",
    data: { fundingRequestId: request.id, amountPaisa, reason: decision.reason },
    dedupeKey: `funding:${request.id}:rejected`,
  });
}
