import type { AdminUserPage } from "@hunar/orders/admin/admin-user-page";
import type { Locale } from "@hunar/i18n/config";
import { formatDate, formatNumber } from "@hunar/i18n/format";
import { Card } from "@hunar/ui/layout";
import type { ReactNode } from "react";
import { useTranslation } from "#app/utils/use-translation.ts";
import { Link } from "react-router";
import { money, useLocale } from "#app/components/wallet/money.tsx";

type PayoutRow = Omit<AdminUserPage["payouts"]["items"][number], "amountPaisa"> & { amountPaisa: string };
/** The page as its loader sends it: payout amounts as text (BigInt paisa). */
type Page = Omit<AdminUserPage, "payouts"> & { payouts: { items: PayoutRow[]; total: number } };
type Order = Page["ordersAsClient"]["items"][number] | Page["ordersAsFreelancer"]["items"][number];
type Report = Page["reportsMade"]["items"][number] & { reporter?: { displayName: string } };

const day = (date: Date, locale: Locale) => formatDate(date, locale, { dateStyle: "medium" });
const moment = (date: Date, locale: Locale) => formatDate(date, locale, { dateStyle: "medium", timeStyle: "short" });

/** A titled list of the page, empty text when there is nothing, and how many of how many it shows. */
function Section(props: { id: string; title: string; intro?: string; total: number; shown: number; empty: string; children: ReactNode }) {
  const { id, title, intro, total, shown, empty, children } = props;
  const { t } = useTranslation("admin");
  const locale = useLocale();
  return (
    <Card className="flex flex-col gap-3">
      <h2 id={id} className="text-xl font-semibold">
        {title}
      </h2>
      {intro ? <p className="text-sm text-stone-700">{intro}</p> : null}
      {total === 0 ? (
        <p className="text-stone-700">{empty}</p>
      ) : (
        <ul className="flex flex-col divide-y divide-stone-200 text-sm">{children}</ul>
      )}
      {total > shown ? (
        <p className="text-sm text-stone-600">
          {t("users.page.shown", { shown: formatNumber(shown, locale), total: formatNumber(total, locale) })}
        </p>
      ) : null}
    </Card>
  );
}

function OrderRow({ order, party }: { order: Order; party: string }) {
  const { t } = useTranslation("admin");
  const locale = useLocale();
  return (
    <li className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 py-2">
      <span className="flex min-w-0 flex-col">
        <Link to={`/orders/${order.id}`} className="font-medium text-emerald-800 underline">
          {t("users.page.orderNumber", { number: order.number })}
        </Link>
        <span dir="auto" className="break-words">
          {order.title}
        </span>
        <span className="text-stone-600">{party}</span>
      </span>
      <span className="flex flex-col items-end">
        <span>{t(`wallet:orderStatus.${order.status}`)}</span>
        <span className="tabular-nums">{money(order.totalPaisa, locale)}</span>
        <span className="text-stone-600">{day(order.createdAt, locale)}</span>
      </span>
    </li>
  );
}

export function UserOrders({ page }: { page: Page }) {
  const { t } = useTranslation("admin");
  return (
    <>
      <Section
        id="user-orders-client"
        title={t("users.page.ordersAsClient")}
        total={page.ordersAsClient.total}
        shown={page.cap}
        empty={t("users.page.noOrders")}
      >
        {page.ordersAsClient.items.map((order) => (
          <OrderRow key={order.id} order={order} party={t("users.page.withFreelancer", { name: order.freelancer.displayName })} />
        ))}
      </Section>
      <Section
        id="user-orders-freelancer"
        title={t("users.page.ordersAsFreelancer")}
        total={page.ordersAsFreelancer.total}
        shown={page.cap}
        empty={t("users.page.noOrders")}
      >
        {page.ordersAsFreelancer.items.map((order) => (
          <OrderRow key={order.id} order={order} party={t("users.page.withClient", { name: order.client.displayName })} />
        ))}
      </Section>
    </>
  );
}

export function UserGigs({ page }: { page: Page }) {
  const { t } = useTranslation("admin");
  const locale = useLocale();
  return (
    <Section id="user-gigs" title={t("users.page.gigs")} total={page.gigs.total} shown={page.cap} empty={t("users.page.noGigs")}>
      {page.gigs.items.map((gig) => {
        const title = (locale === "ur" ? (gig.titleUr ?? gig.titleEn) : (gig.titleEn ?? gig.titleUr)) ?? t("users.page.untitled");
        return (
          <li key={gig.id} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 py-2">
            <Link to={`/gigs/${gig.slug}`} dir="auto" className="min-w-0 font-medium break-words text-emerald-800 underline">
              {title}
            </Link>
            <span>{t(`gigs:status.${gig.status}`)}</span>
          </li>
        );
      })}
    </Section>
  );
}

function ReportRow({ report }: { report: Report }) {
  const { t } = useTranslation("admin");
  const locale = useLocale();
  return (
    <li className="flex flex-col gap-1 py-2">
      <span className="flex flex-wrap items-baseline justify-between gap-x-4">
        <span className="font-medium">
          {t(`users.page.reportTarget.${report.targetType}`)} · {t(`gigs:reportReason.${report.reason}`)}
        </span>
        <span>{t(`users.page.reportStatus.${report.status}`)}</span>
      </span>
      {report.reporter ? <span className="text-stone-600">{t("users.page.reportedBy", { name: report.reporter.displayName })}</span> : null}
      {report.details ? (
        <span dir="auto" className="break-words">
          {report.details}
        </span>
      ) : null}
      <span className="text-stone-600">{day(report.createdAt, locale)}</span>
    </li>
  );
}

export function UserReports({ page }: { page: Page }) {
  const { t } = useTranslation("admin");
  return (
    <>
      <Section
        id="user-reports-about"
        title={t("users.page.reportsAbout")}
        total={page.reportsAbout.total}
        shown={page.cap}
        empty={t("users.page.noReports")}
      >
        {page.reportsAbout.items.map((report) => (
          <ReportRow key={report.id} report={report} />
        ))}
      </Section>
      <Section
        id="user-reports-made"
        title={t("users.page.reportsMade")}
        total={page.reportsMade.total}
        shown={page.cap}
        empty={t("users.page.noReports")}
      >
        {page.reportsMade.items.map((report) => (
          <ReportRow key={report.id} report={report} />
        ))}
      </Section>
    </>
  );
}

export function UserPayouts({ page }: { page: Page }) {
  const { t } = useTranslation("admin");
  const locale = useLocale();
  return (
    <Section
      id="user-payouts"
      title={t("users.page.payouts")}
      total={page.payouts.total}
      shown={page.cap}
      empty={t("users.page.noPayouts")}
    >
      {page.payouts.items.map((payout) => (
        <li key={payout.id} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 py-2">
          <span className="flex flex-col">
            <span className="font-medium tabular-nums">{money(payout.amountPaisa, locale)}</span>
            <span className="text-stone-600">{t(`payments:rails.${payout.rail}`)}</span>
          </span>
          <span className="flex flex-col items-end">
            <span>{t(`payments:payoutStatus.${payout.status}`)}</span>
            <span className="text-stone-600">{day(payout.createdAt, locale)}</span>
          </span>
        </li>
      ))}
    </Section>
  );
}

export function UserSessions({ page }: { page: Page }) {
  const { t } = useTranslation("admin");
  const locale = useLocale();
  return (
    <Section
      id="user-sessions"
      title={t("users.page.sessions")}
      intro={t("users.page.sessionsIntro")}
      total={page.sessions.total}
      shown={page.cap}
      empty={t("users.page.noSessions")}
    >
      {page.sessions.items.map((session, index) => (
        <li key={index} className="flex flex-col gap-1 py-2">
          <span dir="ltr" className="text-start break-all">
            {session.userAgent ?? t("users.page.unknownDevice")}
            {session.ip ? ` · ${session.ip}` : ""}
          </span>
          <span className="text-stone-600">
            {t("users.page.sessionStarted", { date: moment(session.createdAt, locale) })} ·{" "}
            {t("users.page.sessionEnds", { date: moment(session.expiresAt, locale) })}
          </span>
        </li>
      ))}
    </Section>
  );
}
