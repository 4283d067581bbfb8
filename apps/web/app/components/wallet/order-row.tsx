import { formatDate, formatNumber } from "@hunar/i18n/format";
import type { MilestoneProgress } from "@hunar/orders/list-my-orders";
import { buttonClassName } from "@hunar/ui/button";
import { useTranslation } from "#app/utils/use-translation.ts";
import { Link } from "react-router";
import { isolate, money, useLocale } from "./money.tsx";
import { OrderStatusBadge } from "./order-status-badge.tsx";

export interface OrderRowView {
  id: string;
  number: number;
  title: string;
  status: string;
  subtotalPaisa: number;
  totalPaisa: number;
  createdAt: Date | string;
  client: { displayName: string };
  freelancer: { displayName: string };
  fundingRequests?: { providerReference: string }[];
  /** A contract's progress; null for an order without milestones. */
  milestones?: MilestoneProgress | null;
}

/** One order in "My orders": who, how much, its state, and what can be done with it now. */
export function OrderRow({ order, side }: { order: OrderRowView; side: "client" | "freelancer" }) {
  const { t } = useTranslation("wallet");
  const locale = useLocale();
  const label = t("orders.number", { number: order.number });
  const progress = order.milestones ?? null;
  // Between milestones a contract is PENDING_PAYMENT again; once one was accepted it is under
  // way, waiting for its next milestone, not a new order nobody has paid for.
  const betweenMilestones = order.status === "PENDING_PAYMENT" && progress !== null && progress.accepted > 0;
  const unpaid = order.status === "PENDING_PAYMENT" && !betweenMilestones;
  return (
    <article
      aria-label={label}
      className="flex flex-col gap-2 rounded-lg border border-stone-200 bg-white p-4 sm:flex-row sm:items-center sm:justify-between"
    >
      <div className="flex min-w-0 flex-col gap-1">
        <div className="flex flex-wrap items-center gap-2">
          <Link to={`/orders/${encodeURIComponent(order.id)}`} className="font-semibold text-emerald-800 hover:underline">
            {label}
          </Link>
          <OrderStatusBadge
            status={order.status}
            {...(betweenMilestones && progress.position !== null
              ? { label: t("orders:list.milestone.nextDue", { position: formatNumber(progress.position, locale) }) }
              : {})}
          />
        </div>
        <p dir="auto" title={order.title} className="truncate">
          {order.title}
        </p>
        <p className="text-sm text-stone-700">
          {side === "client"
            ? t("orders.freelancer", { name: isolate(order.freelancer.displayName) })
            : t("orders.client", { name: isolate(order.client.displayName) })}
          {" · "}
          {t("orders.placedOn", { date: formatDate(order.createdAt, locale) })}
        </p>
        {progress ? <MilestoneLine progress={progress} /> : null}
        {side === "client" && order.status === "PENDING_PAYMENT" && order.fundingRequests?.[0] ? (
          <p className="text-sm text-amber-900">
            {t("orderPay.waitingTransfer", { reference: isolate(order.fundingRequests[0].providerReference) })}
          </p>
        ) : null}
        <p className="text-sm font-medium">
          {side === "client"
            ? t("orders.total", { amount: money(order.totalPaisa, locale) })
            : t("orders.earning", { amount: money(order.subtotalPaisa, locale) })}
        </p>
      </div>
      <div className="flex shrink-0 flex-wrap gap-2">
        {side === "client" && order.status === "PENDING_PAYMENT" ? (
          <Link to={`/orders/${encodeURIComponent(order.id)}/pay`} className={buttonClassName("primary", "sm")}>
            {t("orders.payNow")}
          </Link>
        ) : null}
        {unpaid ? null : (
          <Link
            to={`/orders/${encodeURIComponent(order.id)}`}
            className={buttonClassName(order.status === "PENDING_PAYMENT" ? "secondary" : "primary", "sm")}
          >
            {t("orders:list.open")}
          </Link>
        )}
        {unpaid || order.status === "CANCELLED" ? null : (
          <Link to={`/orders/${encodeURIComponent(order.id)}/invoice`} className={buttonClassName("secondary", "sm")}>
            {t("orders.invoice")}
          </Link>
        )}
      </div>
    </article>
  );
}

function MilestoneLine({ progress }: { progress: MilestoneProgress }) {
  const { t } = useTranslation("orders");
  const locale = useLocale();
  const text =
    progress.position === null
      ? t("list.milestone.accepted", { accepted: formatNumber(progress.accepted, locale), count: progress.count })
      : t("list.milestone.progress", { position: formatNumber(progress.position, locale), count: progress.count });
  return (
    <p className="text-sm text-stone-700" data-milestone-position={progress.position ?? undefined}>
      {text}
    </p>
  );
}
