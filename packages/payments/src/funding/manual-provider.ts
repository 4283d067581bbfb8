import type { Db, Tx } from "@hunar/db/types";
import { z } from "zod";
import { createFundingRequest } from "./create-funding-request.ts";
import { parseInput } from "@hunar/core/parse-input";
import { ZFundingAmount, ZId, ZRail, ZReference } from "./funding-input.ts";
import type { FundingUser } from "./funding-view.ts";
import { inMoneyTransaction } from "./money-transaction.ts";
import type { OrderFunding } from "./order-funding.ts";
import type { FundingStart, PaymentProvider, StartFundingInput } from "./provider.ts";

export const ZManualFundingInput = z.object({
  amountPaisa: ZFundingAmount,
  rail: ZRail,
  reference: ZReference,
  orderId: ZId.nullish(),
});
export type ManualFundingInput = z.input<typeof ZManualFundingInput>;

/**
 * The client transfers to the platform's account (platformReceivingAccounts) by bank, Raast,
 * JazzCash or Easypaisa and tells us the transaction reference; the request waits, PENDING,
 * until an admin finds the transfer and confirms it. Nothing moves now.
 */
export const manualProvider: PaymentProvider = {
  name: "manual",
  needs: { rail: true, reference: true },
  async start(db: Db | Tx, user: FundingUser, raw: StartFundingInput, orders: OrderFunding): Promise<FundingStart> {
    // Validation first, so bad input never opens a transaction.
    const input = parseInput(ZManualFundingInput, raw);
    return inMoneyTransaction(db, async (tx) => {
      if (input.orderId) await orders.assertPayable(tx, user.userId, input.orderId);
      const request = await createFundingRequest(tx, {
        userId: user.userId,
        orderId: input.orderId ?? null,
        amountPaisa: input.amountPaisa,
        rail: input.rail,
        reference: input.reference,
        status: "PENDING",
      });
      return { request, moved: false, orderFunded: false };
    });
  },
};

/** "I have sent the money": a PENDING request for the admin queue. */
export function submitManualFunding(
  db: Db | Tx,
  user: FundingUser,
  input: ManualFundingInput,
  orders: OrderFunding,
): Promise<FundingStart> {
  return manualProvider.start(db, user, input, orders);
}
