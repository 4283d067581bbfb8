import type { Locale } from "@hunar/i18n/config";
import { formatDate, formatNumber } from "@hunar/i18n/format";
import { Card } from "@hunar/ui/layout";
import { useTranslation } from "#app/utils/use-translation.ts";
import { pickLocalized } from "#app/utils/localized.ts";
import { jobBudgetText } from "./budget-text.ts";

export interface JobDetailsView {
  titleUr: string | null;
  titleEn: string | null;
  descriptionUr: string | null;
  descriptionEn: string | null;
  skills: string[];
  budgetType: string;
  budgetMinPaisa: number | null;
  budgetMaxPaisa: number | null;
  deadlineAt: Date | string | null;
  createdAt: Date | string;
  proposalCount: number;
  clarifications: { id: string; body: string; createdAt: Date | string }[];
}

/**
 * The description in the reader's language (or the only one written), then the other language's
 * text when the client wrote both, as the gig page does; the facts; the clarifications after it.
 */
export function JobDetails({ job }: { job: JobDetailsView }) {
  const { t, i18n } = useTranslation("jobs");
  const locale = i18n.language as Locale;
  const description = pickLocalized({ ur: job.descriptionUr, en: job.descriptionEn }, locale);
  const otherLocale: Locale = description?.lang === "ur" ? "en" : "ur";
  const other = pickLocalized(
    { ur: otherLocale === "ur" ? job.descriptionUr : null, en: otherLocale === "en" ? job.descriptionEn : null },
    locale,
  );
  const otherTitle = otherLocale === "ur" ? job.titleUr : job.titleEn;
  return (
    <div className="flex flex-col gap-6">
      <Card className="flex flex-col gap-3">
        <h2 className="text-xl font-bold">{t("page.descriptionTitle")}</h2>
        {description ? (
          <p lang={description.lang} dir="auto" className="whitespace-pre-line">
            {description.text}
          </p>
        ) : null}
        {other && other.lang !== description?.lang ? (
          <details className="rounded-md border border-stone-200 p-3">
            <summary className="cursor-pointer font-medium">{t(`page.otherLanguage.${other.lang}`)}</summary>
            {otherTitle ? (
              <p lang={other.lang} dir="auto" className="mt-2 font-semibold">
                {otherTitle}
              </p>
            ) : null}
            <p lang={other.lang} dir="auto" className="mt-2 whitespace-pre-line">
              {other.text}
            </p>
          </details>
        ) : null}
      </Card>
      <Card>
        <dl className="grid gap-3 sm:grid-cols-2">
          <Fact label={t("page.budget")}>{jobBudgetText(job, locale, t)}</Fact>
          <Fact label={t("page.deadline")}>
            {job.deadlineAt ? formatDate(job.deadlineAt, locale, { dateStyle: "long" }) : t("page.noDeadline")}
          </Fact>
          <Fact label={t("page.posted")}>{formatDate(job.createdAt, locale, { dateStyle: "long" })}</Fact>
          <Fact label={t("page.proposals")}>{formatNumber(job.proposalCount, locale)}</Fact>
          <Fact label={t("search.card.skills")}>
            {job.skills.length > 0 ? (
              <span className="flex flex-wrap gap-2">
                {job.skills.map((skill) => (
                  <bdi key={skill} className="rounded-full bg-stone-100 px-3 py-0.5 text-sm text-stone-700">
                    {skill}
                  </bdi>
                ))}
              </span>
            ) : (
              t("page.noSkills")
            )}
          </Fact>
        </dl>
      </Card>
      {job.clarifications.length > 0 ? (
        <Card className="flex flex-col gap-3">
          <h2 className="text-xl font-bold">{t("page.clarificationsTitle")}</h2>
          <ol className="flex flex-col gap-3">
            {job.clarifications.map((clarification) => (
              <li key={clarification.id} className="border-s-4 border-emerald-200 ps-3">
                <p className="text-sm text-stone-600">{formatDate(clarification.createdAt, locale, { dateStyle: "long" })}</p>
                <p dir="auto" className="whitespace-pre-line">
                  {clarification.body}
                </p>
              </li>
            ))}
          </ol>
        </Card>
      ) : null}
    </div>
  );
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="flex flex-col gap-0.5">
      <dt className="text-sm text-stone-600">{label}</dt>
      <dd className="font-medium">{children}</dd>
    </div>
  );
}
