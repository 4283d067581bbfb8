import { cachedCategoryTree } from "@hunar/gigs/catalog/cached-catalog";
import type { Locale } from "@hunar/i18n/config";
import { getJob } from "@hunar/proposals/jobs/get-job";
import { getMyProposal } from "@hunar/proposals/proposals/get-my-proposal";
import { buttonClassName } from "@hunar/ui/button";
import { Card, Container } from "@hunar/ui/layout";
import { useTranslation } from "#app/utils/use-translation.ts";
import { Link, useLocation } from "react-router";
import { ClientHistory } from "#app/components/jobs/client-history.tsx";
import { ClientPanel } from "#app/components/jobs/client-panel.tsx";
import { jobPageAction } from "#app/components/jobs/job-actions.server.ts";
import { JobDetails } from "#app/components/jobs/job-details.tsx";
import { inviteSearch } from "#app/components/jobs/invite-search.server.ts";
import { InviteSearchPanel } from "#app/components/jobs/invite-search.tsx";
import type { JobPageResult } from "#app/components/jobs/job-page-result.ts";
import { MyProposal } from "#app/components/jobs/my-proposal.tsx";
import { emptyProposalFields, proposalFieldsFromProposal } from "#app/components/jobs/proposal-form-data.ts";
import { ProposalForm } from "#app/components/jobs/proposal-form.tsx";
import { JobStatusBadge } from "#app/components/jobs/status-badges.tsx";
import { getCurrentSession, requireUser } from "#app/utils/auth.server.ts";
import { loginHref } from "#app/utils/gig-links.ts";
import { pickLocalized } from "#app/utils/localized.ts";
import { assertTrustedOrigin } from "#app/utils/origin.server.ts";
import { orPageError } from "#app/utils/route-errors.server.ts";
import type { Route } from "./+types/job";

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { user } = await getCurrentSession(request, context);
  const [job, categories] = await Promise.all([
    orPageError(getJob(context.db, params.jobId, user?.id ?? null)),
    cachedCategoryTree(context.db),
  ]);
  const isClient = user?.id === job.clientId;
  const mine = user && !isClient ? await getMyProposal(context.db, { userId: user.id }, job.id) : null;
  const find = new URL(request.url).searchParams.get("find");
  const search = user && isClient && job.status === "OPEN" ? await inviteSearch(context, user.id, job.id, find) : null;
  const category = categories.flatMap((root) => root.children).find((child) => child.id === job.categoryId) ?? null;
  const { clientId: _clientId, ...shown } = job;
  return {
    job: { ...shown, category: category ? { nameUr: category.nameUr, nameEn: category.nameEn } : null },
    search,
    viewer: user === null ? ("anonymous" as const) : isClient ? ("client" as const) : ("freelancer" as const),
    myProposal: mine
      ? {
          status: mine.status,
          bidPaisa: mine.bidPaisa,
          deliveryDays: mine.deliveryDays,
          declineReason: mine.declineReason,
          createdAt: mine.createdAt,
          // Editable until the client answers it, while the job is open (updateProposal's rule).
          editable: job.status === "OPEN" && (mine.status === "SUBMITTED" || mine.status === "SHORTLISTED"),
          fields: proposalFieldsFromProposal(mine),
        }
      : null,
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  assertTrustedOrigin(request, context);
  const { user } = await requireUser(request, context);
  return jobPageAction(request, context, user.id, params.jobId);
}

export default function JobPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation("jobs");
  const locale = i18n.language as Locale;
  const { job, viewer, myProposal, search } = loaderData;
  const result = (actionData ?? undefined) as JobPageResult | undefined;
  const title = pickLocalized({ ur: job.titleUr, en: job.titleEn }, locale);
  const category = job.category ? pickLocalized({ ur: job.category.nameUr, en: job.category.nameEn }, locale) : null;
  const proposed = result?.form === "propose" && result.done;
  return (
    <Container className="flex flex-col gap-8 py-8">
      <title>{`${title?.text ?? t("page.untitled")} · ${t("common:appName")}`}</title>
      <header className="flex flex-col gap-2">
        {category ? (
          <p className="text-sm text-emerald-800" lang={category.lang}>
            {category.text}
          </p>
        ) : null}
        <h1 lang={title?.lang} dir="auto" className="text-3xl font-bold">
          {title?.text ?? t("page.untitled")}
        </h1>
        <p className="flex flex-wrap items-center gap-3">
          <JobStatusBadge status={job.status} />
          {job.visibility === "INVITE_ONLY" ? <span className="text-sm text-stone-600">{t("page.inviteOnly")}</span> : null}
        </p>
      </header>
      <div className="grid gap-8 lg:grid-cols-[1fr_20rem]">
        <div className="flex min-w-0 flex-col gap-8">
          <JobDetails job={job} />
          {viewer === "client" && job.status === "OPEN" ? <InviteSearchPanel search={search} result={result} /> : null}
          {viewer === "freelancer" && myProposal ? <MyProposal proposal={myProposal} result={result} /> : null}
          {viewer === "freelancer" && myProposal?.editable ? (
            <details open={result?.form === "editProposal" && !result.done}>
              <summary className="cursor-pointer font-semibold text-emerald-800">{t("proposals:mine.edit")}</summary>
              <ProposalForm
                mode="editProposal"
                fields={(result?.form === "editProposal" && !result.done ? result.fields : null) ?? myProposal.fields}
                errors={result?.form === "editProposal" ? result.errors?.fields : undefined}
                formError={result?.form === "editProposal" ? result.errors?.form : undefined}
              />
            </details>
          ) : null}
          {viewer === "freelancer" && !myProposal && job.status === "OPEN" && !proposed ? (
            <ProposalForm
              fields={(result?.form === "propose" ? result.fields : null) ?? emptyProposalFields()}
              errors={result?.form === "propose" ? result.errors?.fields : undefined}
              formError={result?.form === "propose" ? result.errors?.form : undefined}
            />
          ) : null}
          {viewer === "anonymous" && job.status === "OPEN" ? <LogInToPropose /> : null}
        </div>
        <aside className="flex min-w-0 flex-col gap-4">
          {viewer === "client" ? <ClientPanel job={job} result={result} /> : null}
          <ClientHistory client={job.client} />
        </aside>
      </div>
    </Container>
  );
}

function LogInToPropose() {
  const { t } = useTranslation("jobs");
  const location = useLocation();
  return (
    <Card className="flex flex-col items-start gap-3">
      <p>{t("page.logInToPropose")}</p>
      <Link to={loginHref(location.pathname)} className={buttonClassName("primary")}>
        {t("page.logIn")}
      </Link>
    </Card>
  );
}
