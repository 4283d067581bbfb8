import { dir, intlLocale, type Locale } from "./config.ts";

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
export function formatMoney(paisa: number | bigint, locale: Locale, options: { signed?: boolean } = {}): string {
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
    // A ledger line shows which way the money went: "+Rs 500" in, "-Rs 500" out.
    ...(options.signed ? { signDisplay: "exceptZero" as const } : {}),
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

const FSI = "\u2068";
const LRI = "\u2066";
const PDI = "\u2069";

/**
 * A formatted value as its own bidi island on right-to-left pages. After Urdu letters the
 * Unicode bidi algorithm reads digits as Arabic numbers, and then a "%" or a Latin unit no
 * longer sticks to them: "سروس فیس (2%)" shows as "(%2)", "10 MB" as "MB 10". Inside an
 * isolate (first strong character decides, so "2%" and "10 MB" run left to right) the value
 * keeps its own order whatever surrounds it, in text, attributes, titles and e-mail alike.
 * Left-to-right pages need nothing, so English output stays plain.
 */
export function bidiIsolate(text: string, locale: Locale): string {
  return dir(locale) === "rtl" ? `${FSI}${text}${PDI}` : text;
}

/**
 * Data that is always written left to right (an IP address, a reference): isolated as LTR on
 * every page, the text form of <bdi dir="ltr">, so "::ffff:127.0.0.1" never comes out reversed.
 */
export function ltrIsolate(text: string): string {
  return `${LRI}${text}${PDI}`;
}

export function formatNumber(value: number | bigint, locale: Locale, options?: Intl.NumberFormatOptions): string {
  const text = numberFormat(intlLocale(locale), options).format(value);
  // Plain digits read correctly after Urdu words, and ICU already marks negative numbers with a
  // left-to-right mark; a percent sign or a unit does not survive without an isolate.
  return options?.style === "percent" || options?.style === "unit" ? bidiIsolate(text, locale) : text;
}

/** A fee rate and the like: 0.02 → "2%", 0.025 → "2.5%". */
export function formatPercent(ratio: number, locale: Locale): string {
  return formatNumber(ratio, locale, { style: "percent", maximumFractionDigits: 2 });
}

const KIB = 1024;
const MIB = KIB * KIB;
const GIB = MIB * KIB;

/**
 * A file size or a size limit: "840 kB", "2.4 MB", "10 MB". Binary multiples, as the limits are
 * defined (10 MB = 10 × 1024 × 1024 bytes) and as phones and file managers show sizes. Urdu uses
 * the ur-PK short unit Intl gives (the symbol Urdu phones show, "MB"); its long names are
 * inconsistent in the data (plural for some units, not for others), so they are not used.
 */
export function formatFileSize(bytes: number, locale: Locale): string {
  if (bytes >= GIB) return formatNumber(bytes / GIB, locale, { style: "unit", unit: "gigabyte", maximumFractionDigits: 1 });
  if (bytes >= MIB) return formatNumber(bytes / MIB, locale, { style: "unit", unit: "megabyte", maximumFractionDigits: 1 });
  return formatNumber(Math.max(1, Math.round(bytes / KIB)), locale, { style: "unit", unit: "kilobyte" });
}

/**
 * Dates and times, in Pakistan time unless told otherwise. Every time of day on the site goes
 * through here. ICU's ur-PK patterns mark the hour with the Latin "AM"/"PM" ("11:05 PM"); an
 * Urdu reader says صبح، دوپہر، سہ پہر، شام or رات, which ICU gives as the flexible day period
 * (`dayPeriod`). That option cannot be combined with dateStyle/timeStyle, so the locale's own
 * pattern is kept and only its AM/PM part is swapped for the day period of the same moment.
 */
export function formatDate(
  date: Date | string | number,
  locale: Locale,
  options: Intl.DateTimeFormatOptions = { dateStyle: "medium" },
): string {
  const tag = intlLocale(locale);
  const full = { timeZone: "Asia/Karachi", ...options };
  const moment = new Date(date);
  if (locale !== "ur") return dateTimeFormat(tag, full).format(moment);
  const parts = dateTimeFormat(tag, full).formatToParts(moment);
  if (!parts.some((part) => part.type === "dayPeriod")) return parts.map((part) => part.value).join("");
  const dayPeriod = dateTimeFormat(tag, { timeZone: full.timeZone, hour: "numeric", dayPeriod: "short" })
    .formatToParts(moment)
    .find((part) => part.type === "dayPeriod")?.value;
  return parts.map((part) => (part.type === "dayPeriod" && dayPeriod ? dayPeriod : part.value)).join("");
}

/** A time of day with its date: "10 مارچ، 2026، 11:05 رات" / "10-Mar-2026, 11:05 pm". */
export function formatDateTime(
  date: Date | string | number,
  locale: Locale,
  dateStyle: Intl.DateTimeFormatOptions["dateStyle"] = "medium",
): string {
  return formatDate(date, locale, { dateStyle, timeStyle: "short" });
}

/** A time of day alone: "11:05 رات" / "11:05 pm". */
export function formatTime(date: Date | string | number, locale: Locale): string {
  return formatDate(date, locale, { timeStyle: "short" });
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

const V4_MAPPED = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i;

/**
 * An IP address as people read it: an IPv4 client reached over an IPv6 socket shows as its IPv4
 * address ("::ffff:127.0.0.1" → "127.0.0.1"), and the address is isolated left to right so an
 * Urdu sentence cannot reorder its colons and dots.
 */
export function formatIpAddress(address: string): string {
  const trimmed = address.trim();
  return ltrIsolate(V4_MAPPED.exec(trimmed)?.[1] ?? trimmed);
}
