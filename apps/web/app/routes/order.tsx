import { adminDisputeHref, disputeHref } from "@hunar/disputes/dispute-link";
import { findOrderDispute } from "@hunar/disputes/read/get-dispute-page";
import { getOrderPage } from "@hunar/orders/page/get-order-page";
import { Alert } from "@hunar/ui/alert";
import { buttonClassName } from "@hunar/ui/button";
import { Container } from "@hunar/ui/layout";
import { useTranslation } from "#app/utils/use-translation.ts";
import { Link, useSearchParams } from "react-router";
import { DeliveryPanel } from "#app/components/orders/delivery-panel.tsx";
import { runOrderAction } from "#app/components/orders/order-actions.server.ts";
import { MilestonesPanel } from "#app/components/orders/milestones-panel.tsx";
import { OrderSummary } from "#app/components/orders/order-summary.tsx";
import { OrderTimeline } from "#app/components/orders/order-timeline.tsx";
import type { RequestActionResult } from "#app/components/orders/request-form.tsx";
import { RequestsPanel } from "#app/components/orders/requests-panel.tsx";
import { RequirementsPanel } from "#app/components/orders/requirements-panel.tsx";
import { ReviewPanel } from "#app/components/orders/review-panel.tsx";
import { RevisionAcceptPanel } from "#app/components/orders/revision-accept-panel.tsx";
import { useMessage } from "#app/hooks/use-message.ts";
import { requireUser } from "#app/utils/auth.server.ts";
import { assertTrustedOrigin } from "#app/utils/origin.server.ts";
import { orPageError } from "#app/utils/route-errors.server.ts";
import type { Route } from "./+types/order";

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { user } = await requireUser(request, context);
  const page = await orPageError(getOrderPage(context.db, { userId: user.id, isAdmin: user.isAdmin }, params.orderId));
  return { ...page, dispute: await findOrderDispute(context.db, page.order.id) };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  assertTrustedOrigin(request, context);
  const { user } = await requireUser(request, context);
  const intent = new URL(request.url).searchParams.get("intent");
  return runOrderAction(intent, { request, context, orderId: params.orderId, user });
}

type ActionResult = { intent?: string; errors?: { form?: { key: string; params?: Record<string, string | number> } } };

export default function OrderPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("orders");
  const message = useMessage();
  const [params] = useSearchParams();
  const page = loaderData;
  const { order, viewerRole } = page;
  const party = viewerRole === "admin" ? null : viewerRole;
  const done = params.get("done");
  const result = actionData as ActionResult | undefined;
  const heading = t("page.title", { number: order.number });
  // Each part of the order's life words its own confirmations; reviews show theirs in their panel.
  const doneText = done
    ? t([`work.done.${done}`, `requests.done.${done}`, `requirements.done.${done}`, `wallet:orders.done.${done}`], { defaultValue: "" })
    : "";
  return (
    <Container className="flex flex-col gap-6 py-8">
      <title>{`${heading} · ${t("common:appName")}`}</title>
      <div className="flex flex-col gap-1">
        <h1 className="text-3xl font-bold">{heading}</h1>
        <p dir="auto" className="text-lg">
          {order.title}
        </p>
      </div>
      {doneText ? <Alert tone="success">{doneText}</Alert> : null}
      {order.status === "DISPUTED" ? <Alert tone="info">{t("disputes:orderLink.frozen")}</Alert> : null}
      {/* The review panel shows its own forms' errors beside them. */}
      {result?.errors?.form && result.intent !== "review" && result.intent !== "replyToReview" ? (
        <Alert tone="error">{message(result.errors.form)}</Alert>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-[1fr_24rem]">
        <div className="flex min-w-0 flex-col gap-8">
          {party === "client" && order.status === "DELIVERED" ? (
            <RevisionAcceptPanel
              revisionsLeft={order.revisionsAllowed === null ? null : Math.max(order.revisionsAllowed - order.revisionsUsed, 0)}
              autoCompleteAt={order.autoCompleteAt}
              result={result}
            />
          ) : null}
          <MilestonesPanel
            orderId={order.id}
            milestones={page.milestones}
            viewerIsClient={party === "client"}
            canEnd={page.transitions.includes("endContract")}
          />
          <RequirementsPanel
            requirements={page.requirements}
            viewerRole={party}
            result={result?.intent === "submitRequirements" ? result : undefined}
          />
          <DeliveryPanel
            orderId={order.id}
            deliveries={page.deliveries}
            canDeliver={party === "freelancer" && page.transitions.includes("deliver") && order.requirementsSubmittedAt !== null}
            currentMilestoneId={page.milestones.currentId}
            result={result}
          />
          {party && (order.status === "IN_PROGRESS" || order.status === "DELIVERED") ? (
            <RequestsPanel
              order={order}
              role={party}
              requests={page.requests}
              late={order.late}
              result={result as RequestActionResult | undefined}
            />
          ) : null}
          {page.reviews && order.status === "COMPLETED" ? <ReviewPanel reviews={page.reviews} result={result} done={done} /> : null}
          <OrderTimeline entries={page.timeline} />
        </div>
        <aside className="flex flex-col gap-4">
          <OrderSummary page={page} />
          {page.conversationId ? (
            <Link to={`/inbox/${encodeURIComponent(page.conversationId)}`} className={buttonClassName("secondary")}>
              {t("page.conversation")}
            </Link>
          ) : null}
          {order.status !== "PENDING_PAYMENT" && order.status !== "CANCELLED" ? (
            <Link to={`/orders/${encodeURIComponent(order.id)}/invoice`} className="text-emerald-800 underline">
              {t("wallet:orders.invoice")}
            </Link>
          ) : null}
          {page.dispute ? (
            <Link to={party ? disputeHref(page.dispute.id) : adminDisputeHref(page.dispute.id)} className={buttonClassName("secondary")}>
              {t("disputes:orderLink.view")}
            </Link>
          ) : null}
          {party && page.transitions.includes("openDispute") ? (
            <div className="flex flex-col gap-1 border-t border-stone-200 pt-4 text-sm">
              <p className="text-stone-700">{t("disputes:orderLink.help")}</p>
              <Link to={`/orders/${encodeURIComponent(order.id)}/dispute`} className="text-red-800 underline">
                {t("disputes:orderLink.open")}
              </Link>
            </div>
          ) : null}
        </aside>
      </div>
    </Container>
  );
}
