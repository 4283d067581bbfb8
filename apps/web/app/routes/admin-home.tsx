import { countMessageReports } from "@hunar/chat/safety/message-reports";
import { countModerationQueue } from "@hunar/gigs/moderation-queue";
import { countDisputeQueue } from "@hunar/disputes/read/dispute-queue";
import { countReportQueue } from "@hunar/gigs/report-queue";
import type { Locale } from "@hunar/i18n/config";
import { formatDate, formatNumber } from "@hunar/i18n/format";
import { getAdminDashboard } from "@hunar/orders/dashboard/get-admin-dashboard";
import { addDays } from "@hunar/orders/order-link";
import { countOutages, listOutages } from "@hunar/orders/outage/list-outages";
import { countFundingQueue } from "@hunar/payments/funding/list-funding";
import { countPayoutQueue } from "@hunar/payments/payouts/list-payout-queue";
import { countVerificationRequests } from "@hunar/profiles/verify-identity";
import { Card, Container } from "@hunar/ui/layout";
import { useTranslation } from "#app/utils/use-translation.ts";
import { Link } from "react-router";
import { AdminDashboard } from "#app/components/dashboard/admin-dashboard.tsx";
import { requireAdmin } from "#app/utils/auth.server.ts";
import type { Route } from "./+types/admin-home";

/** Outages are not a queue: the page says how many were declared lately, so an admin sees a pattern. */
const RECENT_OUTAGE_DAYS = 30;

/**
 * Every admin queue with how many items wait in it, each counted in full (the queue pages stop at a
 * limit), and the last twelve weeks' figures for the charts.
 */
export async function loader({ request, context }: Route.LoaderArgs) {
  const { user } = await requireAdmin(request, context);
  const admin = { userId: user.id, isAdmin: user.isAdmin };
  const [moderation, messageReports, reports, disputes, funding, payouts, verifications, recentOutages, [latestOutage], dashboard] =
    await Promise.all([
      countModerationQueue(context.db),
      countMessageReports(context.db),
      countReportQueue(context.db),
      countDisputeQueue(context.db),
      countFundingQueue(context.db),
      countPayoutQueue(context.db),
      countVerificationRequests(context.db, admin),
      countOutages(context.db, { since: addDays(new Date(), -RECENT_OUTAGE_DAYS) }),
      listOutages(context.db, { take: 1 }),
      getAdminDashboard(context.db, { userId: user.id }),
    ]);
  return {
    moderation,
    messageReports,
    reports,
    disputes,
    funding,
    payouts,
    verifications,
    outages: { recent: recentOutages, days: RECENT_OUTAGE_DAYS, latestAt: latestOutage?.createdAt ?? null },
    dashboard,
  };
}

interface Tile {
  to: string;
  title: string;
  count: number;
  what: string;
  /** A further line under the description. */
  note?: string;
  /** Undefined for a tile that counts history rather than work (outages): no badge. */
  waiting?: boolean;
}

export default function AdminHome({ loaderData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation("admin");
  const locale = i18n.language as Locale;
  const { moderation, outages } = loaderData;
  const reviews = moderation.submissions + moderation.revisions;
  // Literal keys throughout, so the key check sees every text of the page.
  const tiles: Tile[] = [
    {
      to: "/admin/moderation",
      title: t("home.moderation.title"),
      what: t("home.moderation.what"),
      count: reviews,
      waiting: reviews > 0,
    },
    {
      to: "/admin/reports/messages",
      title: t("home.messageReports.title"),
      what: t("home.messageReports.what"),
      count: loaderData.messageReports,
      waiting: loaderData.messageReports > 0,
    },
    {
      to: "/admin/reports",
      title: t("home.reports.title"),
      what: t("home.reports.what"),
      count: loaderData.reports,
      waiting: loaderData.reports > 0,
    },
    {
      to: "/admin/disputes",
      title: t("home.disputes.title"),
      what: t("home.disputes.what"),
      count: loaderData.disputes,
      waiting: loaderData.disputes > 0,
    },
    {
      to: "/admin/funding",
      title: t("home.funding.title"),
      what: t("home.funding.what"),
      count: loaderData.funding,
      waiting: loaderData.funding > 0,
    },
    {
      to: "/admin/payouts",
      title: t("home.payouts.title"),
      what: t("home.payouts.what"),
      count: loaderData.payouts,
      waiting: loaderData.payouts > 0,
    },
    {
      to: "/admin/verifications",
      title: t("home.verifications.title"),
      what: t("home.verifications.what"),
      count: loaderData.verifications,
      waiting: loaderData.verifications > 0,
    },
    {
      to: "/admin/outages",
      title: t("home.outages.title"),
      what: t("home.outages.what", { days: formatNumber(outages.days, locale) }),
      count: outages.recent,
      note: outages.latestAt ? t("home.outages.latest", { date: formatDate(outages.latestAt, locale) }) : t("home.outages.none"),
    },
  ];
  const pages = [
    { to: "/admin/fees", label: t("home.fees") },
    { to: "/admin/revenue", label: t("home.revenue") },
    { to: "/admin/users", label: t("home.users") },
    { to: "/admin/audit", label: t("home.audit") },
  ];
  return (
    <Container className="flex flex-col gap-8 py-8">
      <title>{`${t("home.title")} · ${t("common:appName")}`}</title>
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold">{t("home.title")}</h1>
        <p className="text-stone-700">{t("home.intro")}</p>
      </div>
      <section aria-labelledby="admin-queues" className="flex flex-col gap-4">
        <h2 id="admin-queues" className="text-xl font-semibold">
          {t("home.queuesTitle")}
        </h2>
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {tiles.map((tile) => (
            <li key={tile.to} className="min-w-0">
              <TileCard tile={tile} locale={locale} />
            </li>
          ))}
        </ul>
      </section>
      <AdminDashboard weeks={loaderData.dashboard.weeks} />
      <section aria-labelledby="admin-more" className="flex flex-col gap-3">
        <h2 id="admin-more" className="text-xl font-semibold">
          {t("home.moreTitle")}
        </h2>
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          {pages.map((page) => (
            <li key={page.to}>
              <Link to={page.to} className="font-medium text-emerald-800 underline underline-offset-4 hover:text-emerald-900">
                {page.label}
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </Container>
  );
}

function TileCard({ tile, locale }: { tile: Tile; locale: Locale }) {
  const { t } = useTranslation("admin");
  return (
    // The title's link covers the whole card (its ::after), so any tap on the card opens the queue.
    <Card className="relative flex h-full flex-col gap-2 focus-within:ring-2 focus-within:ring-emerald-700">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 className="min-w-0 text-lg font-semibold break-words">
          <Link to={tile.to} className="text-emerald-800 after:absolute after:inset-0 focus:outline-none">
            {tile.title}
          </Link>
        </h3>
        {tile.waiting === undefined ? null : tile.waiting ? (
          <span className="shrink-0 rounded-full bg-amber-100 px-2.5 py-0.5 text-sm font-medium text-amber-900">{t("home.waiting")}</span>
        ) : (
          <span className="shrink-0 rounded-full bg-stone-100 px-2.5 py-0.5 text-sm text-stone-600">{t("home.clear")}</span>
        )}
      </div>
      <p className="text-3xl font-bold tabular-nums">{formatNumber(tile.count, locale)}</p>
      <p className="text-sm text-stone-700">{tile.what}</p>
      {tile.note ? <p className="text-sm text-stone-600">{tile.note}</p> : null}
    </Card>
  );
}
