import { adminDisputeHref } from "@hunar/disputes/dispute-link";
import { getDisputePage } from "@hunar/disputes/read/get-dispute-page";
import { getOrderPage } from "@hunar/orders/page/get-order-page";
import { Alert } from "@hunar/ui/alert";
import { buttonClassName } from "@hunar/ui/button";
import { Container } from "@hunar/ui/layout";
import { useTranslation } from "#app/utils/use-translation.ts";
import { Link, useSearchParams } from "react-router";
import { ADMIN_ACTIONS, runDisputeAction } from "#app/components/disputes/dispute-actions.server.ts";
import { DisputeSummary } from "#app/components/disputes/dispute-summary.tsx";
import { DisputeThread } from "#app/components/disputes/dispute-thread.tsx";
import { DecideForm, OutcomePanel } from "#app/components/disputes/outcome-panel.tsx";
import { DeliveryPanel } from "#app/components/orders/delivery-panel.tsx";
import { OrderTimeline } from "#app/components/orders/order-timeline.tsx";
import { requireAdmin } from "#app/utils/auth.server.ts";
import { assertTrustedOrigin } from "#app/utils/origin.server.ts";
import { orPageError } from "#app/utils/route-errors.server.ts";
import type { Route } from "./+types/admin-dispute";

/**
 * What an admin decides from: the dispute and its thread with evidence, the order's timeline and
 * deliveries, a link to the audited read of the parties' conversation, and the decision form
 * (the appeal's, for an appealed dispute). The domain refuses an admin who is a party.
 */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { user } = await requireAdmin(request, context);
  const dispute = await orPageError(getDisputePage(context.db, { userId: user.id }, params.disputeId));
  const order = await orPageError(getOrderPage(context.db, { userId: user.id, isAdmin: true }, dispute.order.id));
  return { dispute, timeline: order.timeline, deliveries: order.deliveries };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  assertTrustedOrigin(request, context);
  const { user } = await requireAdmin(request, context);
  return runDisputeAction(ADMIN_ACTIONS, { request, context, disputeId: params.disputeId, user, page: adminDisputeHref(params.disputeId) });
}

export default function AdminDispute({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("disputes");
  const [params] = useSearchParams();
  const { dispute: page, timeline, deliveries } = loaderData;
  const done = params.get("done");
  const heading = t("page.title", { number: page.order.number });
  const undecided = page.dispute.status === "OPEN" || page.dispute.status === "UNDER_REVIEW";
  return (
    <Container className="flex flex-col gap-6 py-8">
      <title>{`${heading} · ${t("common:appName")}`}</title>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-3xl font-bold">{heading}</h1>
        <Link to="/admin/disputes" className="text-emerald-800 underline">
          {t("queue.back")}
        </Link>
      </div>
      {done === "decide" ? <Alert tone="success">{t("done.decide")}</Alert> : null}
      {done === "decideAppeal" ? <Alert tone="success">{t("done.decideAppeal")}</Alert> : null}
      {done === "post" ? <Alert tone="success">{t("done.post")}</Alert> : null}
      {page.viewer.role !== "admin" ? <Alert tone="info">{t("admin.ownDispute")}</Alert> : null}
      {page.viewer.role === "admin" && undecided && !page.can.decide ? <Alert tone="info">{t("admin.awaitingAnswer")}</Alert> : null}
      <div className="grid gap-6 lg:grid-cols-[1fr_24rem]">
        <div className="flex min-w-0 flex-col gap-6">
          {page.can.decide ? <DecideForm page={page} intent="decide" result={actionData} /> : null}
          {page.can.decideAppeal ? <DecideForm page={page} intent="decideAppeal" result={actionData} /> : null}
          <OutcomePanel page={page} result={actionData} />
          <DisputeThread page={page} result={actionData} />
          <DeliveryPanel orderId={page.order.id} deliveries={deliveries} canDeliver={false} />
          <OrderTimeline entries={timeline} />
        </div>
        <aside className="flex flex-col gap-4">
          <DisputeSummary page={page} />
          <Link to={`${adminDisputeHref(page.dispute.id)}/conversation`} className={buttonClassName("secondary")}>
            {t("admin.readConversation")}
          </Link>
        </aside>
      </div>
    </Container>
  );
}
