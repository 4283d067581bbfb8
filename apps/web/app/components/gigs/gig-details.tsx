import type { Locale } from "@hunar/i18n/config";
import { formatMoney } from "@hunar/i18n/format";
import { useTranslation } from "#app/utils/use-translation.ts";
import { Link } from "react-router";
import { pickLocalized } from "#app/utils/localized.ts";
import { extraDescription, extraTitle, faqInLanguage } from "#app/utils/localized-listing.ts";

export interface GigDetailsView {
  descriptionHtmlUr: string | null;
  descriptionHtmlEn: string | null;
  tags: { slug: string; label: string }[];
  extras: {
    id: string;
    titleUr: string | null;
    titleEn: string | null;
    descriptionUr: string | null;
    descriptionEn: string | null;
    pricePaisa: number;
    extraDays: number;
  }[];
  faqs: { id: string; questionUr: string | null; questionEn: string | null; answerUr: string | null; answerEn: string | null }[];
}

// Rendered markdown has no classes of its own; these give its lists and headings their shape.
const PROSE =
  "flex flex-col gap-3 leading-relaxed [&_a]:text-emerald-800 [&_a]:underline [&_h3]:text-lg [&_h3]:font-bold [&_h4]:font-bold [&_ol]:list-decimal [&_ol]:ps-6 [&_ul]:list-disc [&_ul]:ps-6";

/** Description (in the reader's language, the other one a click away), tags, extras and FAQ. */
export function GigDetails({ gig }: { gig: GigDetailsView }) {
  const { t, i18n } = useTranslation("pages");
  const locale = i18n.language as Locale;
  const description = pickLocalized({ ur: gig.descriptionHtmlUr, en: gig.descriptionHtmlEn }, locale);
  const otherLocale: Locale = description?.lang === "ur" ? "en" : "ur";
  const other = otherLocale === "ur" ? gig.descriptionHtmlUr : gig.descriptionHtmlEn;
  return (
    <>
      <section aria-labelledby="about-gig" className="flex flex-col gap-3">
        <h2 id="about-gig" className="text-xl font-bold">
          {t("gig.aboutTitle")}
        </h2>
        {description ? (
          // Sanitised on the server from the safe markdown subset: no raw HTML survives.
          <div lang={description.lang} dir="auto" className={PROSE} dangerouslySetInnerHTML={{ __html: description.text }} />
        ) : null}
        {description && other?.trim() ? (
          <details className="rounded-md border border-stone-200 bg-white p-3">
            <summary className="cursor-pointer font-medium text-emerald-800">{t(`gig.readIn.${otherLocale}`)}</summary>
            <div lang={otherLocale} dir="auto" className={`${PROSE} pt-3`} dangerouslySetInnerHTML={{ __html: other }} />
          </details>
        ) : null}
        {gig.tags.length > 0 ? (
          <ul aria-label={t("gig.tagsTitle")} className="flex flex-wrap gap-2 text-sm">
            {gig.tags.map((tag) => (
              <li key={tag.slug}>
                <Link
                  to={`/search?q=${encodeURIComponent(tag.label)}`}
                  dir="auto"
                  className="inline-block rounded-full bg-stone-100 px-3 py-0.5 text-stone-700 hover:bg-stone-200"
                >
                  {tag.label}
                </Link>
              </li>
            ))}
          </ul>
        ) : null}
      </section>

      {gig.extras.length > 0 ? (
        <section aria-labelledby="gig-extras" className="flex flex-col gap-3">
          <h2 id="gig-extras" className="text-xl font-bold">
            {t("gig.extrasTitle")}
          </h2>
          <ul className="flex flex-col divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
            {gig.extras.map((extra) => {
              const title = extraTitle(extra, locale);
              const description = extraDescription(extra, locale);
              return (
                <li key={extra.id} className="flex flex-wrap items-start justify-between gap-2 p-3">
                  <div className="flex flex-col">
                    <span lang={title?.lang} dir="auto" className="font-medium">
                      {title?.text}
                    </span>
                    {description ? (
                      <span lang={description.lang} dir="auto" className="text-sm text-stone-600">
                        {description.text}
                      </span>
                    ) : null}
                  </div>
                  <span className="text-sm font-semibold">
                    {extra.extraDays > 0
                      ? t("gig.extraPriceDays", { price: formatMoney(extra.pricePaisa, locale), count: extra.extraDays })
                      : t("gig.extraPrice", { price: formatMoney(extra.pricePaisa, locale) })}
                  </span>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}

      {gig.faqs.length > 0 ? (
        <section aria-labelledby="gig-faq" className="flex flex-col gap-3">
          <h2 id="gig-faq" className="text-xl font-bold">
            {t("gig.faqTitle")}
          </h2>
          {gig.faqs.map((faq) => {
            const entry = faqInLanguage(faq, locale);
            if (!entry) return null;
            return (
              <details key={faq.id} lang={entry.lang} className="rounded-md border border-stone-200 bg-white p-3">
                <summary dir="auto" className="cursor-pointer font-medium">
                  {entry.question}
                </summary>
                <p dir="auto" className="whitespace-pre-line pt-2 text-stone-700">
                  {entry.answer}
                </p>
              </details>
            );
          })}
        </section>
      ) : null}
    </>
  );
}
