import { createInstance, type i18n } from "i18next";
import { isLocale, type Locale } from "./config.ts";
import { formatFileSize } from "./format.ts";
import { DEFAULT_NAMESPACE, NAMESPACES, type LocaleResources } from "./namespaces.ts";

/**
 * A ready i18next instance for one language. Initialisation is synchronous because the resources
 * are already in memory, so the same call works during server rendering and in the browser.
 * Safe to import in browser code: it bundles no translations, the caller hands them in.
 */
export function createI18n(locale: Locale, localeResources: Partial<LocaleResources>): i18n {
  const instance = createInstance();
  void instance.init({
    lng: locale,
    resources: { [locale]: localeResources },
    ns: [...NAMESPACES],
    defaultNS: DEFAULT_NAMESPACE,
    // Every key exists in both languages (a test enforces it), so there is nothing to fall back to.
    fallbackLng: false,
    initAsync: false,
    // React and our emails escape output themselves; escaping here would double-escape.
    interpolation: { escapeValue: false },
  });
  // "{{maxMb, megabytes}}": a size limit that domain code states in megabytes, written by the one
  // file-size formatter so every size on the site reads alike and stays in order on Urdu pages.
  instance.services.formatter?.add("megabytes", (value: unknown, lng: string | undefined) =>
    formatFileSize(Number(value) * 1024 * 1024, isLocale(lng) ? lng : locale),
  );
  return instance;
}
