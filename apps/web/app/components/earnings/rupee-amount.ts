import type { Message } from "#app/utils/form-errors.ts";

// Far above any real withdrawal, far below where paisa stop being exact; anything larger is a typo.
const MAX_PAISA = 10_000_000_000n;

const DIGITS: Record<string, string> = Object.fromEntries(
  [..."۰۱۲۳۴۵۶۷۸۹"].flatMap((urdu, value) => [
    [urdu, String(value)],
    [String.fromCharCode(0x0660 + value), String(value)],
  ]),
);

/**
 * Rupees as a person types them ("2,500", "2500.5", "۲۵۰۰", "Rs 2500") into whole paisa, without
 * ever going through a float: the digits are split at the decimal point and joined as a bigint.
 * More than two decimals, zero, negatives and anything that is not a number are refused with a
 * message for the amount field, so nothing moves on a mistyped amount.
 */
export function parseRupees(input: string): { paisa: bigint } | { error: Message } {
  const text = [...input.trim()]
    .map((char) => DIGITS[char] ?? char)
    .join("")
    .replace(/^(rs\.?|pkr|روپے)\s*/i, "")
    .replace(/[,\u066C\s]/g, "")
    .replace("\u066B", ".");
  if (text === "") return { error: { key: "earnings:errors.amountRequired" } };
  const match = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(text);
  if (!match || (match[2] === "" && !match[3])) return { error: { key: "earnings:errors.amountInvalid" } };
  const [, sign, whole = "", fraction = ""] = match;
  if (fraction.length > 2) return { error: { key: "earnings:errors.amountPrecision" } };
  const paisa = BigInt(whole || "0") * 100n + BigInt(fraction.padEnd(2, "0"));
  if (sign === "-" || paisa === 0n) return { error: { key: "earnings:errors.amountPositive" } };
  if (paisa > MAX_PAISA) return { error: { key: "earnings:errors.amountTooLarge" } };
  return { paisa };
}
