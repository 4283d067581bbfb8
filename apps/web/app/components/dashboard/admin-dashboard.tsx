import { dir, type Locale } from "@hunar/i18n/config";
import { formatDate, formatMoney, formatNumber, formatPercent } from "@hunar/i18n/format";
import { BarChart, type ChartPoint } from "@hunar/ui/bar-chart";
import { useTranslation } from "#app/utils/use-translation.ts";

/** One week of the dashboard as the loader sends it (amounts in paisa). */
export interface DashboardWeekView {
  week: string;
  start: Date | string;
  ordersFunded: number;
  gmvPaisa: bigint;
  revenuePaisa: bigint;
  newUsers: number;
  disputesOpened: number;
  disputeRate: number | null;
  payoutBacklog: { count: number; amountPaisa: bigint };
}

/**
 * The last weeks' figures as bar charts drawn on the server: orders funded, GMV, revenue, new
 * users, the dispute rate and the payout backlog. Each has its numbers in a table beside it.
 */
export function AdminDashboard({ weeks }: { weeks: DashboardWeekView[] }) {
  const { t, i18n } = useTranslation("admin");
  const locale = i18n.language as Locale;
  const direction = dir(locale);
  const label = (week: DashboardWeekView) => formatDate(week.start, locale, { day: "numeric", month: "short" });
  const series = (value: (week: DashboardWeekView) => number): ChartPoint[] =>
    weeks.map((week) => ({ label: label(week), value: value(week) }));
  const count = (value: number) => formatNumber(Math.round(value), locale);
  const money = (value: number) => formatMoney(Math.round(value), locale);
  const compactMoney = (value: number) =>
    formatNumber(value / 100, locale, { style: "currency", currency: "PKR", notation: "compact", maximumFractionDigits: 1 });
  const sum = (value: (week: DashboardWeekView) => number) => weeks.reduce((total, week) => total + value(week), 0);
  const totalOf = (text: string) => t("dashboard.total", { weeks: formatNumber(weeks.length, locale), total: text });
  const latest = weeks.at(-1);
  const common = { dir: direction, xLabel: t("dashboard.week"), tableLabel: t("dashboard.table") } as const;
  return (
    <section aria-labelledby="admin-dashboard" className="flex flex-col gap-4">
      <div className="flex flex-col gap-1">
        <h2 id="admin-dashboard" className="text-xl font-semibold">
          {t("dashboard.title")}
        </h2>
        <p className="text-sm text-stone-700">{t("dashboard.intro", { weeks: formatNumber(weeks.length, locale) })}</p>
      </div>
      <div className="grid gap-8 lg:grid-cols-2">
        <BarChart
          {...common}
          id="chart-orders"
          title={t("dashboard.orders.title")}
          yLabel={t("dashboard.orders.axis")}
          description={totalOf(count(sum((week) => week.ordersFunded)))}
          points={series((week) => week.ordersFunded)}
          formatValue={count}
        />
        <BarChart
          {...common}
          id="chart-gmv"
          title={t("dashboard.gmv.title")}
          yLabel={t("dashboard.gmv.axis")}
          description={totalOf(money(sum((week) => Number(week.gmvPaisa))))}
          points={series((week) => Number(week.gmvPaisa))}
          formatValue={money}
          formatTick={compactMoney}
        />
        <BarChart
          {...common}
          id="chart-revenue"
          title={t("dashboard.revenue.title")}
          yLabel={t("dashboard.revenue.axis")}
          description={totalOf(money(sum((week) => Number(week.revenuePaisa))))}
          points={series((week) => Number(week.revenuePaisa))}
          formatValue={money}
          formatTick={compactMoney}
        />
        <BarChart
          {...common}
          id="chart-users"
          title={t("dashboard.users.title")}
          yLabel={t("dashboard.users.axis")}
          description={totalOf(count(sum((week) => week.newUsers)))}
          points={series((week) => week.newUsers)}
          formatValue={count}
        />
        <BarChart
          {...common}
          id="chart-disputes"
          title={t("dashboard.disputes.title")}
          yLabel={t("dashboard.disputes.axis")}
          description={t("dashboard.disputes.description", {
            disputes: formatNumber(
              sum((week) => week.disputesOpened),
              locale,
            ),
            orders: formatNumber(
              sum((week) => week.ordersFunded),
              locale,
            ),
          })}
          points={series((week) => week.disputeRate ?? 0)}
          formatValue={(value) => formatPercent(value, locale)}
          extraColumns={[
            { header: t("dashboard.disputes.opened"), cells: weeks.map((week) => count(week.disputesOpened)) },
            { header: t("dashboard.orders.axis"), cells: weeks.map((week) => count(week.ordersFunded)) },
          ]}
        />
        <BarChart
          {...common}
          id="chart-payouts"
          title={t("dashboard.payouts.title")}
          yLabel={t("dashboard.payouts.axis")}
          description={t("dashboard.payouts.description", {
            amount: money(Number(latest?.payoutBacklog.amountPaisa ?? 0n)),
            count: latest?.payoutBacklog.count ?? 0,
            formatted: formatNumber(latest?.payoutBacklog.count ?? 0, locale),
          })}
          points={series((week) => Number(week.payoutBacklog.amountPaisa))}
          formatValue={money}
          formatTick={compactMoney}
          extraColumns={[{ header: t("dashboard.payouts.requests"), cells: weeks.map((week) => count(week.payoutBacklog.count)) }]}
        />
      </div>
    </section>
  );
}
