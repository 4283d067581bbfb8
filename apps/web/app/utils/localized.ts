import type { Locale } from "@hunar/i18n/config";

/**
 * Content written in one or both languages (gig titles, category names). Returns the reader's
 * language when it exists, otherwise the other one, with its language tag so it is marked up
 * (and read aloud) correctly.
 */
export function pickLocalized(
  values: { ur: string | null | undefined; en: string | null | undefined },
  locale: Locale,
): { text: string; lang: Locale } | null {
  const other: Locale = locale === "ur" ? "en" : "ur";
  const preferred = values[locale]?.trim();
  if (preferred) return { text: preferred, lang: locale };
  const fallback = values[other]?.trim();
  if (fallback) return { text: fallback, lang: other };
  return null;
}
