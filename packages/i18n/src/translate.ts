import { createInstance, type i18n, type TFunction } from "i18next";
import type { Locale } from "./config.ts";
import { DEFAULT_NAMESPACE, NAMESPACES, resources, type LocaleResources } from "./resources.ts";

/**
 * A ready i18next instance for one language. Initialisation is synchronous because the resources
 * are already in memory, so the same call works during server rendering and in the browser.
 * Pass `localeResources` in the browser (the page's language only); the server uses all of them.
 */
export function createI18n(locale: Locale, localeResources: LocaleResources = resources[locale]): i18n {
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
  return instance;
}

const serverInstances = new Map<Locale, i18n>();

/** A cached server-side instance per language. */
export function serverI18n(locale: Locale): i18n {
  let instance = serverInstances.get(locale);
  if (!instance) {
    instance = createI18n(locale);
    serverInstances.set(locale, instance);
  }
  return instance;
}

/** A translate function for one language, e.g. `createT("ur")("errors:emailTaken")`. */
export function createT(locale: Locale): TFunction {
  return serverI18n(locale).getFixedT(locale);
}
