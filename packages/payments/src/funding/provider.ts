import type { Db, PaymentRail, Tx } from "@hunar/db/types";
import type { FundingUser, FundingView } from "./funding-view.ts";
import type { OrderFunding } from "./order-funding.ts";

export type ProviderName = "sandbox" | "manual";

export interface StartFundingInput {
  amountPaisa: bigint;
  /** The PENDING_PAYMENT order this money is for; it is funded as soon as the wallet covers it. */
  orderId?: string | null;
  rail?: PaymentRail;
  reference?: string;
}

export interface FundingStart {
  request: FundingView;
  /** True when money reached the client's wallet now (sandbox); false while it awaits an admin. */
  moved: boolean;
  /** True when the named order was funded in the same transaction. */
  orderFunded: boolean;
}

/**
 * A way for a client to put money into their wallet. Every provider lands money in the wallet
 * first (CLIENT_BALANCE) and funds a named order from there, so refunds, later orders and the
 * ledger look the same whichever way the money came in. `start` given the client opens its own
 * money transaction; given a transaction, it runs inside it, so checkout credits and funds in
 * one commit. `orders` decides whether a named order may take the money and starts it once paid.
 */
export interface PaymentProvider {
  name: ProviderName;
  /** What the client must supply besides the amount. */
  needs: { rail: boolean; reference: boolean };
  start(db: Db | Tx, user: FundingUser, input: StartFundingInput, orders: OrderFunding): Promise<FundingStart>;
}
