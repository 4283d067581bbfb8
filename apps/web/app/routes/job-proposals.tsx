import type { Locale } from "@hunar/i18n/config";
import { getJob } from "@hunar/proposals/jobs/get-job";
import { acceptProposal } from "@hunar/proposals/proposals/accept-proposal";
import { declineProposal } from "@hunar/proposals/proposals/decline-proposal";
import { listJobProposals } from "@hunar/proposals/proposals/list-job-proposals";
import { shortlistProposal } from "@hunar/proposals/proposals/shortlist-proposal";
import { cx } from "@hunar/ui/class-names";
import { Container } from "@hunar/ui/layout";
import { useTranslation } from "#app/utils/use-translation.ts";
import { data, Link, redirect, useSearchParams } from "react-router";
import { NextPageLink } from "#app/components/gigs/next-page-link.tsx";
import { ProposalCard, type ProposalActionResult } from "#app/components/jobs/proposal-card.tsx";
import { JobStatusBadge } from "#app/components/jobs/status-badges.tsx";
import { formErrorResponse } from "#app/utils/action-errors.server.ts";
import { requireUser } from "#app/utils/auth.server.ts";
import { readForm, textField } from "#app/utils/form-data.ts";
import { sellerHref } from "#app/utils/gig-links.ts";
import { pickLocalized } from "#app/utils/localized.ts";
import { assertTrustedOrigin } from "#app/utils/origin.server.ts";
import { orPageError } from "#app/utils/route-errors.server.ts";
import type { Route } from "./+types/job-proposals";

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { user } = await requireUser(request, context);
  const url = new URL(request.url);
  const query = { only: url.searchParams.get("only") ?? "all", cursor: url.searchParams.get("cursor") ?? undefined };
  // listJobProposals refuses anyone but the client, before anything about the job is read.
  const page = await orPageError(listJobProposals(context.db, { userId: user.id }, params.jobId, query));
  const job = await orPageError(getJob(context.db, params.jobId, user.id));
  return {
    job: { id: job.id, titleUr: job.titleUr, titleEn: job.titleEn, status: job.status },
    proposals: page.proposals.map((proposal) => ({
      ...proposal,
      freelancer: proposal.freelancer ? { ...proposal.freelancer, href: sellerHref(proposal.freelancer) } : null,
    })),
    nextCursor: page.nextCursor,
  };
}

const INTENTS = ["shortlist", "decline", "accept"] as const;

export async function action({ request, context, params }: Route.ActionArgs) {
  assertTrustedOrigin(request, context);
  const { user } = await requireUser(request, context);
  const form = await readForm(request);
  const intent = textField(form, "intent");
  const proposalId = textField(form, "proposalId");
  if (!(INTENTS as readonly string[]).includes(intent)) throw data({ messageKey: "errors:badInput" }, { status: 400 });
  const actor = { userId: user.id };
  try {
    if (intent === "accept") {
      const { orderId } = await acceptProposal(context.db, actor, proposalId);
      // The contract waits for its first payment (the whole price, or the first milestone).
      return redirect(`/orders/${encodeURIComponent(orderId)}/pay`);
    }
    if (intent === "shortlist") await shortlistProposal(context.db, actor, proposalId);
    if (intent === "decline") await declineProposal(context.db, actor, proposalId, { reason: textField(form, "reason") || null });
  } catch (error) {
    return formErrorResponse(error, { proposalId });
  }
  return redirect(`/jobs/${encodeURIComponent(params.jobId)}/proposals${new URL(request.url).search}`);
}

export default function JobProposals({ loaderData, actionData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation("proposals");
  const locale = i18n.language as Locale;
  const { job, proposals, nextCursor } = loaderData;
  const [params] = useSearchParams();
  const only = params.get("only") === "shortlisted" ? "shortlisted" : "all";
  const title = pickLocalized({ ur: job.titleUr, en: job.titleEn }, locale);
  const href = `/jobs/${encodeURIComponent(job.id)}`;
  const tab = (value: "all" | "shortlisted") => (
    <Link
      to={value === "all" ? `${href}/proposals` : `${href}/proposals?only=shortlisted`}
      aria-current={only === value ? "page" : undefined}
      className={cx("rounded-md px-3 py-1", only === value ? "bg-emerald-700 text-white" : "text-emerald-800 hover:bg-stone-100")}
    >
      {t(`list.tabs.${value}`)}
    </Link>
  );
  return (
    <Container className="flex flex-col gap-6 py-8">
      <title>{`${t("list.title")} · ${t("common:appName")}`}</title>
      <div className="flex flex-col items-start gap-2">
        <h1 className="text-3xl font-bold">{t("list.title")}</h1>
        <p className="flex flex-wrap items-center gap-3">
          <Link to={href} lang={title?.lang} dir="auto" className="text-emerald-800 underline underline-offset-4">
            {title?.text ?? t("jobs:page.untitled")}
          </Link>
          <JobStatusBadge status={job.status} />
        </p>
      </div>
      <nav aria-label={t("list.tabsLabel")} className="flex flex-wrap gap-2">
        {tab("all")}
        {tab("shortlisted")}
      </nav>
      {proposals.length === 0 ? (
        <p className="text-stone-700">{t(only === "shortlisted" ? "list.emptyShortlist" : "list.empty")}</p>
      ) : (
        <ul className="flex flex-col gap-6">
          {proposals.map((proposal) => (
            <li key={proposal.id}>
              <ProposalCard
                proposal={proposal}
                jobOpen={job.status === "OPEN"}
                result={(actionData ?? undefined) as ProposalActionResult | undefined}
              />
            </li>
          ))}
        </ul>
      )}
      <NextPageLink cursor={nextCursor} />
    </Container>
  );
}
