import { AppError } from "@hunar/core/app-error";
import type { Db, OrderStatus } from "@hunar/db/types";
import { parseInput } from "@hunar/core/parse-input";
import type { FundingUser, FundingView } from "@hunar/payments/funding/funding-view";
import { manualProvider } from "@hunar/payments/funding/manual-provider";
import type { PaymentProvider } from "@hunar/payments/funding/provider";
import { sandboxProvider } from "@hunar/payments/funding/sandbox-provider";
import { walletBalance } from "@hunar/payments/funding/wallet-balance";
import { withMoneyTransaction } from "@hunar/payments/ledger/with-money-transaction";
import { moneyParam } from "@hunar/i18n/format";
import { lockPayableOrder, orderFunding } from "../order-funding.ts";
import { ORDER_TRANSITIONS } from "../order-states.ts";
import { startPaidOrder } from "../start-paid-order.ts";
import { type PayOrderInput, ZPayOrderInput } from "./checkout-input.ts";

export interface PayOrderResult {
  order: { id: string; status: OrderStatus };
  /** The funding request this payment created (sandbox: confirmed; manual: pending). */
  funding: FundingView | null;
  /** True when the order is now funded (IN_PROGRESS). */
  funded: boolean;
}

// What a payment that went through leaves the order in; no need to read it back.
const PAID = ORDER_TRANSITIONS.pay.to;

/**
 * Pays a PENDING_PAYMENT order (a contract: its next milestone, amount + fee share). Whatever the method, money reaches escrow from the client's
 * wallet: "wallet" spends what is there (refunds, earlier top-ups); "sandbox" first credits what
 * is missing with test money; "manual" records the client's transfer of what is missing and
 * leaves the order waiting until an admin confirms it. One transaction: on any failure nothing
 * moved and the order still waits for payment.
 */
export async function payOrder(
  db: Db,
  client: FundingUser,
  raw: PayOrderInput,
  options: { sandbox?: PaymentProvider } = {},
): Promise<PayOrderResult> {
  const input = parseInput(ZPayOrderInput, raw);
  return withMoneyTransaction(db, async (tx) => {
    const order = await lockPayableOrder(tx, client.userId, input.orderId);
    const wallet = await walletBalance(tx, client.userId);
    // What paying takes now: the total, or a contract's next milestone with its fee share.
    const due = order.amountDuePaisa;
    const shortfall = due - wallet;
    const fundFromWallet = async (funding: FundingView | null): Promise<PayOrderResult> => {
      await startPaidOrder(tx, { orderId: order.id, actorId: client.userId });
      return { order: { id: order.id, status: PAID }, funding, funded: true };
    };
    if (shortfall <= 0n) return fundFromWallet(null);

    switch (input.method) {
      case "wallet":
        throw new AppError("INVALID_STATE", "payments:errors.checkout.walletShort", {
          params: { shortfall: moneyParam(shortfall), wallet: moneyParam(wallet), total: moneyParam(due) },
        });
      case "sandbox": {
        const provider = options.sandbox ?? sandboxProvider;
        const started = await provider.start(tx, client, { amountPaisa: shortfall, orderId: order.id }, orderFunding);
        if (!started.orderFunded) return fundFromWallet(started.request);
        return { order: { id: order.id, status: PAID }, funding: started.request, funded: true };
      }
      case "manual": {
        const started = await manualProvider.start(
          tx,
          client,
          {
            amountPaisa: shortfall,
            orderId: order.id,
            rail: input.rail,
            reference: input.reference,
          },
          orderFunding,
        );
        return { order: { id: order.id, status: order.status }, funding: started.request, funded: false };
      }
    }
  });
}
