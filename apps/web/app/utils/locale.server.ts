import { LOCALE_COOKIE, LOCALE_QUERY_PARAM, isLocale, type Locale } from "@hunar/i18n/config";
import { negotiateLocale } from "@hunar/i18n/negotiate";
import { readCookie } from "@hunar/auth/cookie";

const ONE_YEAR_SECONDS = 365 * 24 * 3600;

/** Remembers an explicit language choice. Not HttpOnly-sensitive, but there is no need for JS to read it. */
export function serializeLocaleCookie(locale: Locale): string {
  return `${LOCALE_COOKIE}=${locale}; Path=/; Max-Age=${ONE_YEAR_SECONDS}; SameSite=Lax; HttpOnly`;
}

/**
 * The language for this request (`?lng=` > `lng` cookie > user setting > Accept-Language > Urdu),
 * and the cookie to set when `?lng=` made a new explicit choice.
 */
export function resolveLocale(request: Request, userSetting: string | null | undefined): { locale: Locale; setCookie: string | null } {
  const query = new URL(request.url).searchParams.get(LOCALE_QUERY_PARAM);
  const cookie = readCookie(request.headers.get("Cookie"), LOCALE_COOKIE);
  const locale = negotiateLocale({
    query,
    cookie,
    userSetting,
    acceptLanguage: request.headers.get("Accept-Language"),
  });
  const choseNow = isLocale(query) && query !== cookie;
  return { locale, setCookie: choseNow ? serializeLocaleCookie(locale) : null };
}
