import { randomBytes } from "node:crypto";
import { AppError } from "@hunar/core/app-error";
import type { Db, Tx } from "@hunar/db/types";
import { z } from "zod";
import { type PaymentsConfig, paymentsEnv } from "../env.ts";
import { createFundingRequest } from "./create-funding-request.ts";
import { creditFunding } from "./credit-funding.ts";
import { parseInput } from "@hunar/core/parse-input";
import { ZFundingAmount, ZId, ZRail } from "./funding-input.ts";
import type { FundingUser } from "./funding-view.ts";
import { inMoneyTransaction } from "./money-transaction.ts";
import type { OrderFunding } from "./order-funding.ts";
import type { FundingStart, PaymentProvider, StartFundingInput } from "./provider.ts";

export const ZSandboxFundingInput = z.object({
  amountPaisa: ZFundingAmount,
  orderId: ZId.nullish(),
  rail: ZRail.optional(),
});
export type SandboxFundingInput = z.input<typeof ZSandboxFundingInput>;

/** "SBX-" and 16 random hex digits: looks nothing like a real bank or wallet reference. */
function sandboxReference(): string {
  return `SBX-${randomBytes(8).toString("hex").toUpperCase()}`;
}

/**
 * Test money for development and demos: confirmed at once, as if the gateway had called back.
 * It creates money from nothing, so it refuses to run unless the configuration allows it
 * (never in production unless PAYMENTS_SANDBOX=true was set on purpose).
 */
export function createSandboxProvider(config: Pick<PaymentsConfig, "sandboxEnabled">): PaymentProvider {
  return {
    name: "sandbox",
    needs: { rail: false, reference: false },
    async start(db: Db | Tx, user: FundingUser, raw: StartFundingInput, orders: OrderFunding): Promise<FundingStart> {
      if (!config.sandboxEnabled) throw new AppError("FORBIDDEN", "payments:errors.funding.sandboxDisabled");
      const input = parseInput(ZSandboxFundingInput, raw);
      return inMoneyTransaction(db, async (tx) => {
        if (input.orderId) await orders.assertPayable(tx, user.userId, input.orderId);
        const request = await createFundingRequest(tx, {
          userId: user.userId,
          orderId: input.orderId ?? null,
          amountPaisa: input.amountPaisa,
          rail: input.rail ?? "RAAST",
          reference: sandboxReference(),
          status: "CONFIRMED",
          reviewedAt: new Date(),
        });
        const { orderFunded } = await creditFunding(tx, request, user.userId, orders);
        return { request, moved: true, orderFunded };
      });
    },
  };
}

export const sandboxProvider: PaymentProvider = createSandboxProvider(paymentsEnv);

/** Credits the wallet with test money now (and funds the named order if it is now covered). */
export function fundWithSandbox(
  db: Db | Tx,
  user: FundingUser,
  input: SandboxFundingInput,
  orders: OrderFunding,
  provider: PaymentProvider = sandboxProvider,
): Promise<FundingStart> {
  return provider.start(db, user, input, orders);
}
