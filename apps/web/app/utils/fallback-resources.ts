import { appName, error, metaDescription, notFound, skipToContent } from "@hunar/i18n/locales/ur/common.json" with { type: "json" };
import type { LocaleResources } from "@hunar/i18n/namespaces";

/**
 * The few strings an error page needs when even the root loader failed (so no language and no
 * strings came with the page). Named imports let the bundler ship just these keys, in the default
 * language, instead of a whole locale file.
 */
export const FALLBACK_LOCALE_RESOURCES: Partial<LocaleResources> = {
  common: { appName, error, metaDescription, notFound, skipToContent },
};
