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
