import type { Locale } from "@hunar/i18n/config";
import { pickLocalized } from "./localized.ts";

/** A text of a listing as a reader gets it: their language, else the other, with its tag. */
export type LocalizedText = { text: string; lang: Locale } | null;

/** A package's name and description written in one or both languages. */
export interface BilingualPackageText {
  nameUr: string | null;
  nameEn: string | null;
  descriptionUr?: string | null;
  descriptionEn?: string | null;
  featuresUr?: readonly string[];
  featuresEn?: readonly string[];
}

/** An extra's title (and details) in one or both languages. */
export interface BilingualExtraText {
  titleUr: string | null;
  titleEn: string | null;
  descriptionUr?: string | null;
  descriptionEn?: string | null;
}

export const packageName = (pkg: Pick<BilingualPackageText, "nameUr" | "nameEn">, locale: Locale): LocalizedText =>
  pickLocalized({ ur: pkg.nameUr, en: pkg.nameEn }, locale);

export const packageDescription = (pkg: BilingualPackageText, locale: Locale): LocalizedText =>
  pickLocalized({ ur: pkg.descriptionUr, en: pkg.descriptionEn }, locale);

/** The feature list in the reader's language when it has one, else the other list as a whole. */
export function packageFeatures(pkg: BilingualPackageText, locale: Locale): { items: readonly string[]; lang: Locale } {
  const lists = { ur: pkg.featuresUr ?? [], en: pkg.featuresEn ?? [] };
  const other: Locale = locale === "ur" ? "en" : "ur";
  return lists[locale].length > 0 ? { items: lists[locale], lang: locale } : { items: lists[other], lang: other };
}

export const extraTitle = (extra: BilingualExtraText, locale: Locale): LocalizedText =>
  pickLocalized({ ur: extra.titleUr, en: extra.titleEn }, locale);

export const extraDescription = (extra: BilingualExtraText, locale: Locale): LocalizedText =>
  pickLocalized({ ur: extra.descriptionUr, en: extra.descriptionEn }, locale);

/** An FAQ entry: question and answer from the same language, so an answer never mismatches its question. */
export function faqInLanguage(
  faq: { questionUr: string | null; questionEn: string | null; answerUr: string | null; answerEn: string | null },
  locale: Locale,
): { question: string; answer: string; lang: Locale } | null {
  const other: Locale = locale === "ur" ? "en" : "ur";
  for (const lang of [locale, other]) {
    const question = (lang === "ur" ? faq.questionUr : faq.questionEn)?.trim();
    const answer = (lang === "ur" ? faq.answerUr : faq.answerEn)?.trim();
    if (question && answer) return { question, answer, lang };
  }
  return null;
}

/** Extras as the figure lines list them: one title each, in the reader's language where there is one. */
export function extrasInLanguage<T extends BilingualExtraText & { id: string; pricePaisa: number }>(
  extras: readonly T[],
  locale: Locale,
): { id: string; title: string; pricePaisa: number }[] {
  return extras.map((extra) => ({ id: extra.id, title: extraTitle(extra, locale)?.text ?? "", pricePaisa: extra.pricePaisa }));
}
