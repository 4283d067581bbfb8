import { LOCALE_QUERY_PARAM, type Locale } from "@hunar/i18n/config";

/** The same page in another language: same path, query and hash, with `lng` replaced. */
export function languageHref(location: { pathname: string; search: string; hash: string }, locale: Locale): string {
  const params = new URLSearchParams(location.search);
  params.set(LOCALE_QUERY_PARAM, locale);
  return `${location.pathname}?${params.toString()}${location.hash}`;
}
