import type { Locale } from "@hunar/i18n/config";
import { formatDate, formatNumber } from "@hunar/i18n/format";
import { listMyJobs } from "@hunar/proposals/jobs/list-my-jobs";
import { buttonClassName } from "@hunar/ui/button";
import { Card, Container } from "@hunar/ui/layout";
import { useTranslation } from "#app/utils/use-translation.ts";
import { Link } from "react-router";
import { JobStatusBadge } from "#app/components/jobs/status-badges.tsx";
import { requireUser } from "#app/utils/auth.server.ts";
import { pickLocalized } from "#app/utils/localized.ts";
import type { Route } from "./+types/jobs-mine";

export async function loader({ request, context }: Route.LoaderArgs) {
  const { user } = await requireUser(request, context);
  return { jobs: await listMyJobs(context.db, { userId: user.id }) };
}

export default function MyJobs({ loaderData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation("jobs");
  const locale = i18n.language as Locale;
  return (
    <Container className="flex flex-col gap-6 py-8">
      <title>{`${t("mine.title")} · ${t("common:appName")}`}</title>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-3xl font-bold">{t("mine.title")}</h1>
        <Link to="/jobs/new" className={buttonClassName("primary")}>
          {t("form.newTitle")}
        </Link>
      </div>
      {loaderData.jobs.length === 0 ? (
        <p className="text-stone-700">{t("mine.empty")}</p>
      ) : (
        <ul className="flex flex-col gap-4">
          {loaderData.jobs.map((job) => {
            const title = pickLocalized({ ur: job.titleUr, en: job.titleEn }, locale);
            const href = `/jobs/${encodeURIComponent(job.id)}`;
            return (
              <li key={job.id}>
                <Card className="flex flex-col gap-2">
                  <div className="flex flex-wrap items-center gap-3">
                    <h2 className="min-w-0 text-lg font-semibold">
                      <Link to={href} lang={title?.lang} dir="auto" className="text-emerald-800 hover:underline">
                        {title?.text ?? t("page.untitled")}
                      </Link>
                    </h2>
                    <JobStatusBadge status={job.status} />
                  </div>
                  <p className="text-sm text-stone-600">
                    {t("mine.posted", { date: formatDate(job.createdAt, locale, { dateStyle: "medium" }) })}
                    {" · "}
                    {t("search.card.proposals", { count: job.proposalCount, formatted: formatNumber(job.proposalCount, locale) })}
                  </p>
                  <p className="flex flex-wrap gap-4">
                    <Link to={`${href}/proposals`} className="text-emerald-800 underline underline-offset-4">
                      {t("page.viewProposals")}
                    </Link>
                    {job.status === "OPEN" && job.proposalCount === 0 ? (
                      <Link to={`${href}/edit`} className="text-emerald-800 underline underline-offset-4">
                        {t("page.edit")}
                      </Link>
                    ) : null}
                  </p>
                </Card>
              </li>
            );
          })}
        </ul>
      )}
    </Container>
  );
}
