// The two languages Hunar speaks. Urdu is the default: it is the language most of our users read
// best, and none of the big platforms offers it.

export const SUPPORTED_LOCALES = ["ur", "en"] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "ur";

/** Name of the cookie that remembers an explicit language choice (`?lng=`). */
export const LOCALE_COOKIE = "lng";
/** Query parameter that switches language on any page. */
export const LOCALE_QUERY_PARAM = "lng";

export type TextDirection = "rtl" | "ltr";

const DIRECTIONS: Record<Locale, TextDirection> = { ur: "rtl", en: "ltr" };

/** BCP 47 tags for `Intl`: Pakistani conventions (PKR, en-PK dates) in both languages. */
const INTL_TAGS: Record<Locale, string> = { ur: "ur-PK", en: "en-PK" };

/** Each language's own name for itself, shown in the language switch. */
export const LOCALE_NAMES: Record<Locale, string> = { ur: "اردو", en: "English" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (SUPPORTED_LOCALES as readonly string[]).includes(value);
}

export function dir(locale: Locale): TextDirection {
  return DIRECTIONS[locale];
}

export function intlLocale(locale: Locale): string {
  return INTL_TAGS[locale];
}
