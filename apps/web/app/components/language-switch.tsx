import { LOCALE_NAMES, SUPPORTED_LOCALES, dir, type Locale } from "@hunar/i18n/config";
import { useTranslation } from "#app/utils/use-translation.ts";
import { Link, useLocation } from "react-router";
import { languageHref } from "#app/utils/language-href.ts";

/** اردو / English: links that reopen the current page in the other language. */
export function LanguageSwitch({ locale }: { locale: Locale }) {
  const { t } = useTranslation();
  const location = useLocation();
  return (
    <nav aria-label={t("language.label")} className="flex shrink-0 items-center gap-1 text-sm">
      {SUPPORTED_LOCALES.map((option, index) => (
        // A phone shows only the link to the other language; the current one is the page itself.
        <span key={option} className={option === locale ? "hidden items-center gap-1 sm:flex" : "flex items-center gap-1"}>
          {index > 0 ? (
            <span aria-hidden="true" className="hidden text-stone-400 sm:inline">
              /
            </span>
          ) : null}
          {option === locale ? (
            <span lang={option} dir={dir(option)} aria-current="true" className="px-1 font-semibold text-stone-900">
              {LOCALE_NAMES[option]}
            </span>
          ) : (
            <Link
              to={languageHref(location, option)}
              lang={option}
              hrefLang={option}
              dir={dir(option)}
              title={t("language.switchTo", { language: LOCALE_NAMES[option] })}
              className="rounded px-1 text-emerald-800 underline-offset-4 hover:underline"
              preventScrollReset
            >
              {LOCALE_NAMES[option]}
            </Link>
          )}
        </span>
      ))}
    </nav>
  );
}
