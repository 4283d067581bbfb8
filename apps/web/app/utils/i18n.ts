import type { Locale } from "@hunar/i18n/config";
import { createI18n } from "@hunar/i18n/instance";
import type { LocaleResources } from "@hunar/i18n/namespaces";
import type { i18n } from "i18next";

// One instance per language, for the whole process on the server and the whole tab in the browser:
// a language's resources never change while the app runs, and building an instance per render
// would be waste.
const instances = new Map<string, i18n>();

export function i18nFor(locale: Locale, resources: Partial<LocaleResources>, cacheKey: string = locale): i18n {
  let instance = instances.get(cacheKey);
  if (!instance) {
    instance = createI18n(locale, resources);
    instances.set(cacheKey, instance);
  }
  return instance;
}

/** The language's instance if its strings are here already (always on the server, once loaded in the browser). */
export function cachedI18n(locale: Locale): i18n | undefined {
  return instances.get(locale);
}

/**
 * In the browser: fetches a language's strings from the hashed file the page names (cached for a
 * year) and makes its instance, once per tab. Hydration and a switch of language wait for it, so
 * the first render in the browser reads the same strings the server rendered with.
 */
export async function loadLocaleStrings(locale: Locale, href: string): Promise<i18n> {
  const cached = instances.get(locale);
  if (cached) return cached;
  const response = await fetch(href);
  if (!response.ok) throw new Error(`could not load the ${locale} strings (${response.status})`);
  return i18nFor(locale, (await response.json()) as Partial<LocaleResources>);
}
