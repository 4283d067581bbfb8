import { getDisputePage } from "@hunar/disputes/read/get-dispute-page";
import { disputeHref, adminDisputeHref } from "@hunar/disputes/dispute-link";
import { Alert } from "@hunar/ui/alert";
import { Container } from "@hunar/ui/layout";
import { useTranslation } from "#app/utils/use-translation.ts";
import { Link, useSearchParams } from "react-router";
import { PARTY_ACTIONS, runDisputeAction } from "#app/components/disputes/dispute-actions.server.ts";
import { DisputeSummary } from "#app/components/disputes/dispute-summary.tsx";
import { DisputeThread } from "#app/components/disputes/dispute-thread.tsx";
import { OutcomePanel } from "#app/components/disputes/outcome-panel.tsx";
import { SettlementPanel } from "#app/components/disputes/settlement-panel.tsx";
import { requireUser } from "#app/utils/auth.server.ts";
import { assertTrustedOrigin } from "#app/utils/origin.server.ts";
import { orPageError } from "#app/utils/route-errors.server.ts";
import type { Route } from "./+types/dispute";

/** The dispute for its two parties (and admins, who decide from the admin page); anyone else gets a 404. */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { user } = await requireUser(request, context);
  return orPageError(getDisputePage(context.db, { userId: user.id }, params.disputeId));
}

export async function action({ request, context, params }: Route.ActionArgs) {
  assertTrustedOrigin(request, context);
  const { user } = await requireUser(request, context);
  return runDisputeAction(PARTY_ACTIONS, { request, context, disputeId: params.disputeId, user, page: disputeHref(params.disputeId) });
}

export default function DisputePage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("disputes");
  const [params] = useSearchParams();
  const page = loaderData;
  const done = params.get("done");
  const heading = t("page.title", { number: page.order.number });
  return (
    <Container className="flex flex-col gap-6 py-8">
      <title>{`${heading} · ${t("common:appName")}`}</title>
      <h1 className="text-3xl font-bold">{heading}</h1>
      {done === "opened" ? <Alert tone="success">{t("done.opened")}</Alert> : null}
      {done === "post" ? <Alert tone="success">{t("done.post")}</Alert> : null}
      {done === "propose" ? <Alert tone="success">{t("done.propose")}</Alert> : null}
      {done === "answerProposal" ? <Alert tone="success">{t("done.answerProposal")}</Alert> : null}
      {done === "settled" ? <Alert tone="success">{t("done.settled")}</Alert> : null}
      {done === "appeal" ? <Alert tone="success">{t("done.appeal")}</Alert> : null}
      {page.viewer.role === "admin" ? (
        <Alert tone="info">
          <Link to={adminDisputeHref(page.dispute.id)} className="underline">
            {t("page.adminView")}
          </Link>
        </Alert>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-[1fr_24rem]">
        <div className="flex min-w-0 flex-col gap-6">
          <OutcomePanel page={page} result={actionData} />
          <SettlementPanel page={page} result={actionData} />
          <DisputeThread page={page} result={actionData} />
        </div>
        <aside className="flex flex-col gap-4">
          <DisputeSummary page={page} />
        </aside>
      </div>
    </Container>
  );
}
