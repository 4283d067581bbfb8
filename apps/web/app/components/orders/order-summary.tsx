import type { OrderPage } from "@hunar/orders/page/get-order-page";
import { Card } from "@hunar/ui/layout";
import { useTranslation } from "#app/utils/use-translation.ts";
import { Link } from "react-router";
import { OrderStatusBadge } from "#app/components/wallet/order-status-badge.tsx";
import { isolate, money, rate, useLocale } from "#app/components/wallet/money.tsx";
import { gigHref } from "#app/utils/gig-links.ts";
import { pickLocalized } from "#app/utils/localized.ts";
import { extraTitle, packageName } from "#app/utils/localized-listing.ts";
import { Countdown } from "./countdown.tsx";

type Order = OrderPage["order"];

/** What was bought, from whom, for how much, and the clock that runs now. */
export function OrderSummary({ page }: { page: OrderPage }) {
  const { t } = useTranslation("orders");
  const locale = useLocale();
  const { order, viewerRole } = page;
  const gigTitle = order.gig ? pickLocalized({ ur: order.gig.titleUr, en: order.gig.titleEn }, locale) : null;
  return (
    <Card className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center gap-3">
        <OrderStatusBadge status={order.status} />
        {order.late ? (
          <span className="rounded-full bg-red-100 px-3 py-0.5 text-sm font-semibold text-red-900">{t("page.late")}</span>
        ) : null}
      </div>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">{t("page.client")}</dt>
        <dd>
          <bdi>{order.client.displayName}</bdi>
        </dd>
        <dt className="font-semibold">{t("page.freelancer")}</dt>
        <dd>
          <bdi>{order.freelancer.displayName}</bdi>
        </dd>
        {order.gig ? (
          <>
            <dt className="font-semibold">{t("page.gig")}</dt>
            <dd>
              <Link to={gigHref(order.gig)} lang={gigTitle?.lang} dir="auto" className="text-emerald-800 underline">
                {gigTitle?.text ?? order.gig.slug}
              </Link>
            </dd>
          </>
        ) : null}
        {order.packageTier ? (
          <>
            <dt className="font-semibold">{t("page.package")}</dt>
            <dd>
              {t(`gigs:tier.${order.packageTier}`)}
              {order.gigPackage ? <PackageName names={order.gigPackage} /> : null}
            </dd>
          </>
        ) : null}
        <dt className="font-semibold">{t("page.deliveryDays")}</dt>
        <dd>{t("page.days", { count: order.deliveryDays })}</dd>
        <dt className="font-semibold">{t("page.revisions")}</dt>
        <dd>
          {order.revisionsAllowed === null
            ? t("page.revisionsUnlimited", { used: order.revisionsUsed })
            : t("page.revisionsUsed", { used: order.revisionsUsed, allowed: order.revisionsAllowed })}
        </dd>
      </dl>
      {order.extras.length > 0 ? <Extras extras={order.extras} /> : null}
      <Figures order={order} role={viewerRole} />
      <Clock page={page} />
    </Card>
  );
}

function PackageName({ names }: { names: { nameUr: string | null; nameEn: string | null } }) {
  const name = packageName(names, useLocale());
  if (!name) return null;
  return (
    <>
      {" · "}
      <bdi lang={name.lang}>{name.text}</bdi>
    </>
  );
}

function Extras({ extras }: { extras: Order["extras"] }) {
  const { t } = useTranslation("orders");
  const locale = useLocale();
  return (
    <div className="flex flex-col gap-1">
      <h2 className="font-semibold">{t("page.extras")}</h2>
      <ul className="flex flex-col gap-1">
        {extras.map((extra) => (
          <li key={extra.id} className="flex justify-between gap-4 text-sm">
            <bdi lang={extraTitle(extra, locale)?.lang} dir="auto">
              {extraTitle(extra, locale)?.text}
            </bdi>
            <span>
              {money(extra.pricePaisa, locale)}
              {extra.extraDays > 0 ? ` · ${t("page.extraDays", { count: extra.extraDays })}` : ""}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The client sees what they paid; the freelancer what they receive after the fee; an admin both. */
function Figures({ order, role }: { order: Order; role: OrderPage["viewerRole"] }) {
  const { t } = useTranslation("orders");
  const locale = useLocale();
  const line = (label: string, paisa: number, figure: string, strong = false) => (
    <div className={strong ? "flex justify-between gap-4 border-t border-stone-200 pt-2 font-bold" : "flex justify-between gap-4"}>
      <dt>{label}</dt>
      <dd data-figure={figure}>{money(paisa, locale)}</dd>
    </div>
  );
  return (
    <dl className="flex flex-col gap-2">
      {line(t("page.price"), order.subtotalPaisa, "subtotal")}
      {role !== "freelancer" ? (
        <>
          {line(t("page.clientFee", { rate: rate(order.clientFeeBps, locale) }), order.clientFeePaisa, "client-fee")}
          {line(t("page.totalPaid"), order.totalPaisa, "total", true)}
        </>
      ) : null}
      {role !== "client" ? (
        <>
          {line(t("page.freelancerFee", { rate: rate(order.freelancerFeeBps, locale) }), order.freelancerFeePaisa, "freelancer-fee")}
          {line(t("page.earning"), order.subtotalPaisa - order.freelancerFeePaisa, "earning", true)}
        </>
      ) : null}
    </dl>
  );
}

/** The deadline that matters now: delivery while in progress, auto-completion after a delivery. */
function Clock({ page }: { page: OrderPage }) {
  const { t } = useTranslation("orders");
  const { order } = page;
  if (order.status === "IN_PROGRESS" && !order.dueAt) return <p className="text-amber-900">{t("page.waitingForRequirements")}</p>;
  if (order.status === "IN_PROGRESS" && order.dueAt) {
    return (
      <p data-clock="due">
        {t(order.late ? "page.wasDue" : "page.due")} <Countdown to={order.dueAt.toISOString()} serverNow={page.now} />
      </p>
    );
  }
  if (order.status === "DELIVERED" && order.autoCompleteAt) {
    return (
      <p data-clock="auto-complete">
        {t("page.autoCompletes")} <Countdown to={order.autoCompleteAt.toISOString()} serverNow={page.now} />
      </p>
    );
  }
  if (order.status === "CANCELLED" && order.cancelReason) {
    return <p>{t("page.cancelReason", { reason: isolate(order.cancelReason) })}</p>;
  }
  return null;
}
