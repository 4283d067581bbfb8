import { createHash } from "node:crypto";
import { SUPPORTED_LOCALES, type Locale } from "./config.ts";
import { resourcesFor } from "./resources.ts";

/**
 * A language's strings as the browser fetches them: one JSON file whose name carries a hash of
 * its contents (`/locales/ur.3f9c1a2b7d.json`), so it may be cached for a year and a deploy that
 * changes a string changes the name. Built once per process; pages name the file instead of
 * carrying the strings in every response's loader data.
 */
export interface LocaleBundle {
  locale: Locale;
  json: string;
  href: string;
}

export const LOCALE_BUNDLE_PREFIX = "/locales/";

const bundles = new Map<Locale, LocaleBundle>();

export function localeBundle(locale: Locale): LocaleBundle {
  let bundle = bundles.get(locale);
  if (!bundle) {
    const json = JSON.stringify(resourcesFor(locale));
    const hash = createHash("sha256").update(json).digest("hex").slice(0, 12);
    bundle = { locale, json, href: `${LOCALE_BUNDLE_PREFIX}${locale}.${hash}.json` };
    bundles.set(locale, bundle);
  }
  return bundle;
}

/** The bundle a path names exactly (current hash included), or null: an old or made-up name is not served. */
export function localeBundleAt(path: string): LocaleBundle | null {
  for (const locale of SUPPORTED_LOCALES) {
    const bundle = localeBundle(locale);
    if (bundle.href === path) return bundle;
  }
  return null;
}
