import { isAppError, type FieldError } from "@hunar/core/app-error";
import { cachedCategoryTree } from "@hunar/gigs/catalog/cached-catalog";
import type { Locale } from "@hunar/i18n/config";
import { bidiIsolate, formatMoney, formatNumber, formatRelativeTime } from "@hunar/i18n/format";
import { POSTED_WITHIN_DAYS, validateJobSearchParams } from "@hunar/proposals/jobs/job-search-params";
import { searchJobs, type JobSearchCard } from "@hunar/proposals/jobs/search-jobs";
import { Card, Container } from "@hunar/ui/layout";
import { SelectField } from "@hunar/ui/select";
import { useTranslation } from "#app/utils/use-translation.ts";
import { data, Link, useSearchParams } from "react-router";
import { PostJobLink } from "#app/components/jobs/post-job-link.tsx";
import { CategorySelect, type CategoryOption } from "#app/components/search/category-select.tsx";
import { FilterForm } from "#app/components/search/filter-form.tsx";
import { SearchHeading, SearchResults } from "#app/components/search/search-results.tsx";
import { RupeeRangeFields } from "#app/components/search/rupee-range-fields.tsx";
import { useMessage } from "#app/hooks/use-message.ts";
import { getCurrentSession } from "#app/utils/auth.server.ts";
import { resolveLocale } from "#app/utils/locale.server.ts";
import type { Route } from "./+types/jobs";

// /jobs, like /search, is plain HTML: a GET form and links, no JavaScript needed or sent.
export const handle = { hydrate: false };

export async function loader({ request, context }: Route.LoaderArgs) {
  const url = new URL(request.url);
  const { user } = await getCurrentSession(request, context);
  // Cards carry the title in the reader's language, so the loader needs it (the root's rule).
  const { locale } = resolveLocale(request, user?.preferredLocale);
  const categories = await cachedCategoryTree(context.db);
  const now = new Date().toISOString();
  const parsed = validateJobSearchParams(url.searchParams);
  if (!parsed.ok) return data({ categories, results: null, errors: parsed.fields, now }, { status: 400 });
  try {
    const results = await searchJobs(context.db, parsed.data, { locale });
    return { categories, results, errors: null, now };
  } catch (error) {
    // A stale cursor or an unknown category is the visitor's input, not a server failure.
    if (isAppError(error) && error.code === "BAD_INPUT") {
      return data({ categories, results: null, errors: error.fields ?? {}, now }, { status: 400 });
    }
    throw error;
  }
}

export default function Jobs({ loaderData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation("jobs");
  const locale = i18n.language as Locale;
  const { categories, results, errors, now } = loaderData;
  return (
    <Container className="flex flex-col gap-6 py-8">
      <SearchHeading ns="jobs" />
      <PostJobLink />
      <div className="grid gap-6 lg:grid-cols-[16rem_1fr]">
        <JobFilters categories={categories} errors={errors ?? undefined} />
        <SearchResults
          ns="jobs"
          invalid={errors !== null}
          results={results ? { itemCount: results.items.length, nextCursor: results.nextCursor } : null}
          count={
            !results
              ? ""
              : results.totalIsLimit
                ? t("search.countMore", { formatted: formatNumber(results.total, locale) })
                : t("search.count", { count: results.total, formatted: formatNumber(results.total, locale) })
          }
        >
          <ul className="flex flex-col gap-4">
            {results?.items.map((job) => (
              <li key={job.id}>
                <JobCard job={job} locale={locale} now={new Date(now)} />
              </li>
            ))}
          </ul>
        </SearchResults>
      </div>
    </Container>
  );
}

function JobFilters({ categories, errors }: { categories: CategoryOption[]; errors: Record<string, FieldError> | undefined }) {
  const { t } = useTranslation("jobs");
  const message = useMessage();
  const [params] = useSearchParams();
  const value = (name: string) => params.get(name) ?? "";
  const error = (name: string) => message(errors?.[name]);
  return (
    <FilterForm
      action="/jobs"
      title={t("search.filtersTitle")}
      applyLabel={t("search.apply")}
      clearLabel={t("search.clear")}
      query={value("q")}
      queryError={error("q")}
    >
      <CategorySelect categories={categories} value={value("category")} error={error("category")} />
      <RupeeRangeFields
        legend={t("search.budget")}
        minLabel={t("search.minBudget")}
        maxLabel={t("search.maxBudget")}
        value={value}
        error={error}
      />
      <SelectField name="posted" label={t("search.posted")} defaultValue={value("posted")} error={error("posted")}>
        <option value="">{t("search.anyTime")}</option>
        {POSTED_WITHIN_DAYS.map((days) => (
          <option key={days} value={days}>
            {t("search.postedWithin", { count: days })}
          </option>
        ))}
      </SelectField>
    </FilterForm>
  );
}

/** A job in the list: its title links to the job's page; the client's texts set their own direction. */
function JobCard({ job, locale, now }: { job: JobSearchCard; locale: Locale; now: Date }) {
  const { t } = useTranslation("jobs");
  return (
    <Card className="relative flex flex-col gap-2">
      <p className="text-sm text-emerald-800">{job.category.name}</p>
      <h3 className="text-lg font-semibold text-stone-900">
        <Link to={`/jobs/${job.id}`} lang={job.titleLang} dir="auto" className="after:absolute after:inset-0 hover:underline">
          {job.title}
        </Link>
      </h3>
      {job.excerpt ? (
        <p lang={job.excerptLang} dir="auto" className="text-stone-700">
          {job.excerpt}
        </p>
      ) : null}
      <p className="font-semibold">{budgetText(job, locale, t)}</p>
      {job.skills.length > 0 ? (
        <ul aria-label={t("search.card.skills")} className="flex flex-wrap gap-2">
          {job.skills.map((skill) => (
            <li key={skill} dir="auto" className="rounded-full bg-stone-100 px-3 py-0.5 text-sm text-stone-700">
              {skill}
            </li>
          ))}
        </ul>
      ) : null}
      <p className="text-sm text-stone-600">
        {job.proposalCount > 0
          ? t("search.card.proposals", { count: job.proposalCount, formatted: formatNumber(job.proposalCount, locale) })
          : t("search.card.proposalsNone")}
        {" · "}
        <time dateTime={new Date(job.postedAt).toISOString()}>
          {t("search.card.posted", { when: formatRelativeTime(job.postedAt, locale, now) })}
        </time>
      </p>
    </Card>
  );
}

function budgetText(job: JobSearchCard, locale: Locale, t: (key: string, options?: Record<string, unknown>) => string): string {
  // "Rs 5,000" is its own left-to-right island inside an Urdu sentence.
  const money = (paisa: number) => bidiIsolate(formatMoney(paisa, locale), locale);
  if (job.budgetMinPaisa === null || job.budgetMaxPaisa === null) return t("search.card.budgetUnknown");
  if (job.budgetType === "FIXED" || job.budgetMinPaisa === job.budgetMaxPaisa) {
    return t("search.card.budgetFixed", { amount: money(job.budgetMinPaisa) });
  }
  return t("search.card.budgetRange", { min: money(job.budgetMinPaisa), max: money(job.budgetMaxPaisa) });
}
