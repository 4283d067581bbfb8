import type { Locale } from "@hunar/i18n/config";
import { bidiIsolate, formatDate, formatMoney } from "@hunar/i18n/format";
import { listMyProposals } from "@hunar/proposals/proposals/list-my-proposals";
import { Card, Container } from "@hunar/ui/layout";
import { useTranslation } from "#app/utils/use-translation.ts";
import { Link } from "react-router";
import { JobStatusBadge, ProposalStatusBadge } from "#app/components/jobs/status-badges.tsx";
import { requireUser } from "#app/utils/auth.server.ts";
import { pickLocalized } from "#app/utils/localized.ts";
import type { Route } from "./+types/proposals";

export async function loader({ request, context }: Route.LoaderArgs) {
  const { user } = await requireUser(request, context);
  return { proposals: await listMyProposals(context.db, { userId: user.id }) };
}

export default function MyProposals({ loaderData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation("proposals");
  const locale = i18n.language as Locale;
  return (
    <Container className="flex flex-col gap-6 py-8">
      <title>{`${t("mine.title")} · ${t("common:appName")}`}</title>
      <h1 className="text-3xl font-bold">{t("mine.title")}</h1>
      {loaderData.proposals.length === 0 ? (
        <div className="flex flex-col items-start gap-2">
          <p className="text-stone-700">{t("mine.empty")}</p>
          <Link to="/jobs" className="text-emerald-800 underline underline-offset-4">
            {t("mine.findWork")}
          </Link>
        </div>
      ) : (
        <ul className="flex flex-col gap-4">
          {loaderData.proposals.map((proposal) => {
            const title = pickLocalized({ ur: proposal.job.titleUr, en: proposal.job.titleEn }, locale);
            return (
              <li key={proposal.id}>
                <Card className="flex flex-col gap-2">
                  <div className="flex flex-wrap items-center gap-3">
                    <h2 className="min-w-0 text-lg font-semibold">
                      <Link
                        to={`/jobs/${encodeURIComponent(proposal.job.id)}`}
                        lang={title?.lang}
                        dir="auto"
                        className="text-emerald-800 hover:underline"
                      >
                        {title?.text ?? t("jobs:page.untitled")}
                      </Link>
                    </h2>
                    <ProposalStatusBadge status={proposal.status} />
                    {proposal.job.status === "OPEN" ? null : <JobStatusBadge status={proposal.job.status} />}
                  </div>
                  <p className="text-sm text-stone-600">
                    {t("list.bid", { amount: bidiIsolate(formatMoney(proposal.bidPaisa, locale), locale) })}
                    {" · "}
                    {t("mine.sentOn", { date: formatDate(proposal.createdAt, locale, { dateStyle: "medium" }) })}
                  </p>
                  {proposal.declineReason ? (
                    <p>
                      {t("list.declineReason")} <bdi>{proposal.declineReason}</bdi>
                    </p>
                  ) : null}
                </Card>
              </li>
            );
          })}
        </ul>
      )}
    </Container>
  );
}
