import type { Db } from "@hunar/db/client";
import { paymentsEnv } from "@hunar/payments/env";
import { platformReceivingAccounts } from "@hunar/payments/funding/platform-accounts";
import { getUserBalances } from "@hunar/payments/ledger/balances";
import type { FormErrors } from "#app/utils/form-errors.ts";
import { textField } from "#app/utils/form-data.ts";
import type { PaymentOptionsView, PaymentValues } from "./payment-choices.tsx";

/** What the payment choices need: the wallet balance (as a string), the sandbox switch, Hunar's accounts. */
export async function paymentOptions(db: Db, userId: string): Promise<PaymentOptionsView> {
  const { wallet } = await getUserBalances(db, userId);
  return {
    walletBalancePaisa: wallet.toString(),
    sandboxEnabled: paymentsEnv.sandboxEnabled,
    receivingAccounts: platformReceivingAccounts(),
  };
}

export const PAY_METHODS = ["wallet", "sandbox", "manual"] as const;
export type PayMethod = (typeof PAY_METHODS)[number];

/**
 * The payment part of a posted form. Only the method is checked here; the rail and reference
 * go to the domain as typed, which names the field that is wrong.
 */
export function readPayment(
  form: FormData,
):
  | { ok: true; values: PaymentValues; method: PayMethod; rail?: string; reference?: string }
  | { ok: false; values: PaymentValues; errors: FormErrors } {
  const values = { method: textField(form, "method"), rail: textField(form, "rail"), reference: textField(form, "reference") };
  const method = PAY_METHODS.find((m) => m === values.method);
  if (!method) {
    return { ok: false, values, errors: { fields: { method: { key: "wallet:errors.methodRequired" } }, form: { key: "errors:badInput" } } };
  }
  if (method !== "manual") return { ok: true, values, method };
  return { ok: true, values, method, rail: values.rail, reference: values.reference };
}
