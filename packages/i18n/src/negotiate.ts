import { DEFAULT_LOCALE, isLocale, type Locale } from "./config.ts";

/** Everything that can say which language a request wants, strongest first. */
export interface LocaleSignals {
  /** `?lng=` on the URL: an explicit choice made just now. */
  query?: string | null | undefined;
  /** The `lng` cookie: an explicit choice remembered from before. */
  cookie?: string | null | undefined;
  /** The signed-in user's saved preference. */
  userSetting?: string | null | undefined;
  /** The browser's `Accept-Language` header. */
  acceptLanguage?: string | null | undefined;
}

/** Picks the language for a request: explicit `?lng=` > cookie > user setting > Accept-Language > Urdu. */
export function negotiateLocale(signals: LocaleSignals): Locale {
  for (const candidate of [signals.query, signals.cookie, signals.userSetting]) {
    const locale = normalise(candidate);
    if (locale) return locale;
  }
  return localeFromAcceptLanguage(signals.acceptLanguage) ?? DEFAULT_LOCALE;
}

/**
 * The supported language the browser likes best, honouring q-values (`ur;q=0.9`) and matching
 * region variants (`en-GB` counts as `en`). Ranges with q=0 are refused, as RFC 9110 says.
 */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale | undefined {
  if (!header) return undefined;
  const ranges = header
    .split(",")
    .map((part, order) => parseRange(part, order))
    .filter((range): range is LanguageRange => range !== undefined && range.q > 0)
    .sort((a, b) => b.q - a.q || a.order - b.order);
  for (const range of ranges) {
    const locale = normalise(range.tag);
    if (locale) return locale;
  }
  return undefined;
}

interface LanguageRange {
  tag: string;
  q: number;
  order: number;
}

function parseRange(part: string, order: number): LanguageRange | undefined {
  const [tag, ...params] = part.trim().split(";");
  if (!tag) return undefined;
  let q = 1;
  for (const param of params) {
    const [name, value] = param.trim().split("=");
    if (name?.trim() !== "q" || value === undefined) continue;
    q = Number(value.trim());
    if (!Number.isFinite(q)) return undefined;
  }
  return { tag: tag.trim(), q, order };
}

/** `en`, `EN`, `en-US`, `ur_PK` → a supported locale, anything else → undefined. */
function normalise(value: string | null | undefined): Locale | undefined {
  if (!value) return undefined;
  const primary = value.trim().toLowerCase().split(/[-_]/)[0];
  return isLocale(primary) ? primary : undefined;
}
