import { intlLocale, type Locale } from "./config.ts";

// Money, numbers and dates always go through Intl with the Pakistani locale tags, so digits,
// grouping and month names follow the reader's language.

const PAISA_PER_RUPEE = 100n;

// Building an Intl formatter resolves locale data and costs far more than formatting one value,
// and a page of gig cards formats dozens of values. Formatters are immutable, so one instance per
// (locale, options) serves every call. Options come from our code, not from users, so the number
// of combinations is small; the bound only guards against a caller that builds options from data.
const MAX_FORMATTERS_PER_KIND = 100;

function formatterCache<Options extends object, Formatter>(
  create: (tag: string, options: Options | undefined) => Formatter,
): (tag: string, options?: Options) => Formatter {
  const formatters = new Map<string, Formatter>();
  return (tag, options) => {
    const key = options === undefined ? tag : `${tag} ${JSON.stringify(options)}`;
    let formatter = formatters.get(key);
    if (!formatter) {
      formatter = create(tag, options);
      if (formatters.size >= MAX_FORMATTERS_PER_KIND) formatters.clear();
      formatters.set(key, formatter);
    }
    return formatter;
  };
}

const numberFormat = formatterCache((tag, options?: Intl.NumberFormatOptions) => new Intl.NumberFormat(tag, options));
const dateTimeFormat = formatterCache((tag, options?: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(tag, options));
const relativeTimeFormat = formatterCache((tag, options?: Intl.RelativeTimeFormatOptions) => new Intl.RelativeTimeFormat(tag, options));

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
  return numberFormat(intlLocale(locale), {
    style: "currency",
    currency: "PKR",
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(decimal as Intl.StringNumericLiteral);
}

/**
 * An amount inside a message that domain code builds ("add Rs 1,250"). Domain code does not know
 * the reader's language, and both locales print PKR identically (Latin digits, "Rs"), so English
 * formatting serves either translation.
 */
export function moneyParam(paisa: number | bigint): string {
  return formatMoney(paisa, "en");
}

export function formatNumber(value: number | bigint, locale: Locale, options?: Intl.NumberFormatOptions): string {
  return numberFormat(intlLocale(locale), options).format(value);
}

export function formatDate(
  date: Date | string | number,
  locale: Locale,
  options: Intl.DateTimeFormatOptions = { dateStyle: "medium" },
): string {
  return dateTimeFormat(intlLocale(locale), { timeZone: "Asia/Karachi", ...options }).format(new Date(date));
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
  const formatter = relativeTimeFormat(intlLocale(locale), { numeric: "auto" });
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size || unit === "second") {
      return formatter.format(Math.trunc(seconds / size), unit);
    }
  }
  return formatter.format(0, "second");
}
