import { isDemoEnvironment } from "@hunar/db/demo-data";
import { isValidIBAN } from "ibantools";
import { z } from "zod";

// The only place @hunar/payments reads the environment.

const MOBILE_ACCOUNT = /^03\d{9}$/;

/** Demo receiving accounts: obviously not a real bank ("HUNR") or a real subscriber. */
export const DEMO_RECEIVING_ACCOUNTS = {
  accountTitle: "Hunar Demo Payments (not a real account)",
  iban: "PK86HUNR0000001234567890",
  raastId: "03000000000",
  jazzcash: "03000000000",
  easypaisa: "03450000000",
} as const;

const mobile = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .transform((value) => value.replace(/[\s-]/g, ""))
    .pipe(z.string().regex(MOBILE_ACCOUNT, "expected a mobile account number such as 03001234567"));

const ZPaymentsEnv = z.object({
  NODE_ENV: z.string().default("production"),
  // "true" | "false". Instant test payments; see paymentsConfig below for the production rule.
  PAYMENTS_SANDBOX: z.enum(["true", "false"]).optional(),
  // Shared secret of the payment gateway's signed callbacks; unset: the callback endpoint is off.
  PAYMENTS_GATEWAY_SECRET: z.string().min(32, "use at least 32 characters").optional(),
  PLATFORM_ACCOUNT_TITLE: z.string().trim().min(1).default(DEMO_RECEIVING_ACCOUNTS.accountTitle),
  PLATFORM_IBAN: z
    .string()
    .default(DEMO_RECEIVING_ACCOUNTS.iban)
    .transform((value) => value.replace(/\s/g, "").toUpperCase())
    .refine((value) => value.startsWith("PK") && isValidIBAN(value), "expected a valid Pakistani IBAN"),
  PLATFORM_RAAST_ID: mobile(DEMO_RECEIVING_ACCOUNTS.raastId),
  PLATFORM_JAZZCASH: mobile(DEMO_RECEIVING_ACCOUNTS.jazzcash),
  PLATFORM_EASYPAISA: mobile(DEMO_RECEIVING_ACCOUNTS.easypaisa),
});

export interface PaymentsConfig {
  /** Whether the sandbox provider may credit wallets without real money. */
  sandboxEnabled: boolean;
  /** HMAC secret of gateway callbacks; null turns the callback endpoint off. */
  gatewaySecret: string | null;
  receivingAccounts: {
    accountTitle: string;
    iban: string;
    raastId: string;
    jazzcash: string;
    easypaisa: string;
  };
}

/**
 * Sandbox payments create money from nothing, so production allows them only on a demo
 * deployment (@hunar/db/demo-data: the embedded database with its demo people, so a newcomer
 * can complete an order) or when the operator writes PAYMENTS_SANDBOX=true on purpose;
 * PAYMENTS_SANDBOX=false turns them off even there. Outside production they are on unless
 * switched off.
 */
export function parsePaymentsEnv(source: Record<string, string | undefined>): PaymentsConfig {
  const blank = (value: string | undefined) => (value === undefined || value.trim() === "" ? undefined : value);
  const parsed = ZPaymentsEnv.parse({
    NODE_ENV: blank(source.NODE_ENV),
    PAYMENTS_SANDBOX: blank(source.PAYMENTS_SANDBOX),
    PAYMENTS_GATEWAY_SECRET: blank(source.PAYMENTS_GATEWAY_SECRET),
    PLATFORM_ACCOUNT_TITLE: blank(source.PLATFORM_ACCOUNT_TITLE),
    PLATFORM_IBAN: blank(source.PLATFORM_IBAN),
    PLATFORM_RAAST_ID: blank(source.PLATFORM_RAAST_ID),
    PLATFORM_JAZZCASH: blank(source.PLATFORM_JAZZCASH),
    PLATFORM_EASYPAISA: blank(source.PLATFORM_EASYPAISA),
  });
  const sandboxEnabled =
    parsed.PAYMENTS_SANDBOX !== undefined
      ? parsed.PAYMENTS_SANDBOX === "true"
      : parsed.NODE_ENV !== "production" || isDemoEnvironment(source);
  return {
    sandboxEnabled,
    gatewaySecret: parsed.PAYMENTS_GATEWAY_SECRET ?? null,
    receivingAccounts: {
      accountTitle: parsed.PLATFORM_ACCOUNT_TITLE,
      iban: parsed.PLATFORM_IBAN,
      raastId: parsed.PLATFORM_RAAST_ID,
      jazzcash: parsed.PLATFORM_JAZZCASH,
      easypaisa: parsed.PLATFORM_EASYPAISA,
    },
  };
}

export const paymentsEnv: PaymentsConfig = parsePaymentsEnv(process.env);
