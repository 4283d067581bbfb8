import type { i18n, TFunction } from "i18next";
import type { Locale } from "./config.ts";
import { createI18n } from "./instance.ts";
import { resources } from "./resources.ts";

export { createI18n } from "./instance.ts";

// Server-side translation (API errors, emails, route actions) with every language loaded.

const serverInstances = new Map<Locale, i18n>();

/** A cached server-side instance per language. */
export function serverI18n(locale: Locale): i18n {
  let instance = serverInstances.get(locale);
  if (!instance) {
    instance = createI18n(locale, resources[locale]);
    serverInstances.set(locale, instance);
  }
  return instance;
}

/** A translate function for one language, e.g. `createT("ur")("errors:emailTaken")`. */
export function createT(locale: Locale): TFunction {
  return serverI18n(locale).getFixedT(locale);
}
