import type { PaymentRail } from "@hunar/db/types";
import { type PaymentsConfig, paymentsEnv } from "../env.ts";

export interface ReceivingAccount {
  rail: PaymentRail;
  accountTitle: string;
  /** The IBAN, Raast ID or wallet number to send money to. */
  accountNumber: string;
}

/** Where clients send money for manual funding, one account per rail, in the order shown. */
export function platformReceivingAccounts(config: PaymentsConfig = paymentsEnv): ReceivingAccount[] {
  const { accountTitle, iban, raastId, jazzcash, easypaisa } = config.receivingAccounts;
  return [
    { rail: "IBAN", accountTitle, accountNumber: iban },
    { rail: "RAAST", accountTitle, accountNumber: raastId },
    { rail: "JAZZCASH", accountTitle, accountNumber: jazzcash },
    { rail: "EASYPAISA", accountTitle, accountNumber: easypaisa },
  ];
}
