import { intlLocale, type Locale } from "./config.ts";

// Money, numbers and dates always go through Intl with the Pakistani locale tags, so digits,
// grouping and month names follow the reader's language.

const PAISA_PER_RUPEE = 100n;

/**
 * Formats an amount of paisa (PKR x 100) as rupees. Works on integers only: a bigint ledger
 * balance of any size is split into rupees and paisa exactly and handed to Intl as a decimal
 * string, never through a float. Whole rupees show no decimals ("Rs 5,000"); otherwise two.
 */
export function formatMoney(paisa: number | bigint, locale: Locale): string {
  if (typeof paisa === "number" && !Number.isSafeInteger(paisa)) {
    throw new RangeError(`formatMoney expects whole paisa, got ${paisa}`);
  }
  const amount = BigInt(paisa);
  const negative = amount < 0n;
  const abs = negative ? -amount : amount;
  const rupees = abs / PAISA_PER_RUPEE;
  const remainder = abs % PAISA_PER_RUPEE;
  const fractionDigits = remainder === 0n ? 0 : 2;
  const decimal = `${negative ? "-" : ""}${rupees}.${remainder.toString().padStart(2, "0")}`;
  return new Intl.NumberFormat(intlLocale(locale), {
    style: "currency",
    currency: "PKR",
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(decimal as Intl.StringNumericLiteral);
}

export function formatNumber(value: number | bigint, locale: Locale, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(intlLocale(locale), options).format(value);
}

export function formatDate(
  date: Date | string | number,
  locale: Locale,
  options: Intl.DateTimeFormatOptions = { dateStyle: "medium" },
): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { timeZone: "Asia/Karachi", ...options }).format(
    new Date(date),
  );
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 24 * 3600],
  ["month", 30 * 24 * 3600],
  ["week", 7 * 24 * 3600],
  ["day", 24 * 3600],
  ["hour", 3600],
  ["minute", 60],
  ["second", 1],
];

/** "3 days ago" / "in 2 hours", in the largest unit that fits. */
export function formatRelativeTime(date: Date | string | number, locale: Locale, now: Date = new Date()): string {
  const seconds = Math.round((new Date(date).getTime() - now.getTime()) / 1000);
  const formatter = new Intl.RelativeTimeFormat(intlLocale(locale), { numeric: "auto" });
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size || unit === "second") {
      return formatter.format(Math.trunc(seconds / size), unit);
    }
  }
  return formatter.format(0, "second");
}
