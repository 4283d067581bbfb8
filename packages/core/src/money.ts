import type { FieldError } from "./app-error.ts";
import { normaliseNumberText } from "./number-text.ts";

// Money is integer paisa (PKR x 100), as a bigint wherever it is summed. Typed rupees become
// paisa digit by digit, never through a float, so "10.1" or "1e3" cannot round or slip through.
// Formatting for people is @hunar/i18n/format's formatMoney.

export const PAISA_PER_RUPEE = 100n;

/** Rs 10 crore: far above any real top-up or withdrawal, low enough that a typo of extra zeros is caught. */
export const MAX_TYPED_PAISA = 10_000_000_000n;

export interface TypedRupeeRules {
  /** Refuse paisa ("10.50"); trailing zeros ("100.00") are still whole rupees. */
  wholeRupees?: boolean;
  /** Accept Rs 0 (a fee floor may be zero); otherwise the amount must be more than zero. */
  allowZero?: boolean;
  maxPaisa?: bigint;
}

/** The paisa, or the field error to show (keys in the `errors` namespace). */
export type TypedRupees = { ok: true; paisa: bigint } | { ok: false; error: FieldError };

// "Rs 2,500", "PKR 2500", "2500 روپے": the currency named before or after the number.
const CURRENCY = /^(?:rs\.?|pkr|روپے)|(?:rs\.?|pkr|روپے)$/i;
const AMOUNT = /^([+-]?)(\d*)(?:\.(\d*))?$/;

const refuse = (key: string): TypedRupees => ({ ok: false, error: { key: `errors:${key}` } });

/**
 * Rupees as a person types them ("2,500", "2500.5", "۲۵۰۰", "٢٥٠٠٫٥٠", "Rs 2500") into paisa.
 * Empty, not a number, more than two decimals (or any paisa with `wholeRupees`), zero or
 * negative, and above the maximum are each refused with their own message.
 */
export function parseRupees(text: string, rules: TypedRupeeRules = {}): TypedRupees {
  const normalised = normaliseNumberText(text).replace(CURRENCY, "");
  if (normalised === "") return refuse("amountRequired");
  const match = AMOUNT.exec(normalised);
  if (!match || (match[2] === "" && !match[3])) return refuse("amountInvalid");
  const [, sign, whole = "", fraction = ""] = match;
  if (rules.wholeRupees && /[1-9]/.test(fraction)) return refuse("amountWholeRupees");
  if (!rules.wholeRupees && fraction.length > 2) return refuse("amountPrecision");
  const paisa = BigInt(whole || "0") * PAISA_PER_RUPEE + BigInt(fraction.slice(0, 2).padEnd(2, "0"));
  if (rules.allowZero ? sign === "-" : sign === "-" || paisa === 0n) return refuse(rules.allowZero ? "amountNegative" : "amountPositive");
  if (paisa > (rules.maxPaisa ?? MAX_TYPED_PAISA)) return refuse("amountTooLarge");
  return { ok: true, paisa };
}

/** Paisa as the rupees a person would type, to refill a form: 250000 → "2500", 250050 → "2500.50". */
export function rupeesText(paisa: bigint | number): string {
  const amount = BigInt(paisa);
  const abs = amount < 0n ? -amount : amount;
  const rupees = `${amount < 0n ? "-" : ""}${abs / PAISA_PER_RUPEE}`;
  const rest = abs % PAISA_PER_RUPEE;
  return rest === 0n ? rupees : `${rupees}.${rest.toString().padStart(2, "0")}`;
}
