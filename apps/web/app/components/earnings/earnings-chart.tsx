import { dir, type Locale } from "@hunar/i18n/config";
import { formatDate, formatMoney } from "@hunar/i18n/format";
import { scaleBand, scaleLinear } from "d3-scale";
import { useTranslation } from "#app/utils/use-translation.ts";

export interface MonthlyNet {
  /** Calendar year and month (1-12) in Pakistan time. */
  year: number;
  month: number;
  netPaisa: bigint | number;
}

const WIDTH = 640;
const HEIGHT = 260;
// Room for the money labels on the axis side and for Nastaliq month names under the bars.
const MARGIN = { top: 16, bottom: 40, axis: 84, far: 8 };

/** Mid-month, so no time zone can move the label into the neighbouring month. */
const monthDate = ({ year, month }: MonthlyNet) => new Date(Date.UTC(year, month - 1, 15));

/**
 * Monthly net earnings as a server-rendered SVG bar chart: no script, drawn with d3-scale's
 * arithmetic only. Months run in reading order (right to left in Urdu), the money axis sits on
 * the reading side, labels go through Intl in the page's language, and a visually hidden table
 * carries the same figures for screen readers.
 */
export function EarningsChart({ months, locale }: { months: readonly MonthlyNet[]; locale: Locale }) {
  const { t } = useTranslation("earnings");
  const rtl = dir(locale) === "rtl";
  const values = months.map((m) => Number(m.netPaisa));
  const keys = months.map((m) => `${m.year}-${m.month}`);
  const axisX = rtl ? WIDTH - MARGIN.axis : MARGIN.axis;
  const x = scaleBand<string>()
    .domain(keys)
    .range(rtl ? [WIDTH - MARGIN.axis, MARGIN.far] : [MARGIN.axis, WIDTH - MARGIN.far])
    .paddingInner(0.25)
    .paddingOuter(0.15);
  const y = scaleLinear()
    .domain([Math.min(0, ...values), Math.max(0, ...values)])
    .range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  // No earnings yet: an axis up to Rs 1,000 rather than a degenerate 0-0 scale.
  if (values.every((v) => v === 0)) y.domain([0, 100_000]);
  y.nice(4);
  const ticks = y.ticks(4).filter((tick) => Number.isInteger(tick));
  // Whichever way the range runs, a band spans [x(key), x(key) + bandwidth].
  const bandWidth = x.bandwidth();

  const first = months[0];
  const last = months.at(-1);
  const total = months.reduce((sum, m) => sum + BigInt(m.netPaisa), 0n);
  const best = months.reduce<MonthlyNet | undefined>((top, m) => (!top || BigInt(m.netPaisa) > BigInt(top.netPaisa) ? m : top), undefined);
  const monthLabel = (m: MonthlyNet) => formatDate(monthDate(m), locale, { month: "long", year: "numeric", timeZone: "UTC" });
  const empty = values.every((value) => value === 0);
  const summary =
    first && last && best && !empty
      ? t("chart.summary", {
          from: monthLabel(first),
          to: monthLabel(last),
          total: formatMoney(total, locale),
          best: `${monthLabel(best)} (${formatMoney(best.netPaisa, locale)})`,
        })
      : t("chart.empty");

  return (
    <figure className="flex flex-col gap-2">
      <figcaption className="font-semibold">{t("chart.title")}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={summary} className="h-auto w-full text-stone-700">
        <g aria-hidden="true" fontSize="12" fill="currentColor">
          {ticks.map((tick) => (
            <g key={tick}>
              <line x1={MARGIN.far} x2={WIDTH - MARGIN.far} y1={y(tick)} y2={y(tick)} stroke={tick === 0 ? "#57534e" : "#e7e5e4"} />
              <text x={rtl ? axisX + 6 : axisX - 6} y={y(tick)} dy="0.32em" textAnchor={rtl ? "start" : "end"} direction="ltr">
                {formatMoney(tick, locale)}
              </text>
            </g>
          ))}
          {months.map((m, index) => {
            const key = keys[index] ?? "";
            const value = values[index] ?? 0;
            const start = x(key) ?? 0;
            const top = y(Math.max(0, value));
            const height = Math.abs(y(value) - y(0));
            return (
              <g key={key}>
                <rect
                  x={start}
                  width={bandWidth}
                  y={top}
                  height={height}
                  rx="2"
                  className={value < 0 ? "fill-red-700" : "fill-emerald-700"}
                />
                <text x={start + bandWidth / 2} y={HEIGHT - MARGIN.bottom + 18} textAnchor="middle">
                  {formatDate(monthDate(m), locale, { month: "short", timeZone: "UTC" })}
                </text>
              </g>
            );
          })}
        </g>
      </svg>
      {empty ? <p className="text-sm text-stone-600">{t("chart.empty")}</p> : null}
      <table className="sr-only">
        <caption>{t("chart.title")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("chart.month")}</th>
            <th scope="col">{t("chart.net")}</th>
          </tr>
        </thead>
        <tbody>
          {months.map((m, index) => (
            <tr key={keys[index]}>
              <th scope="row">{monthLabel(m)}</th>
              <td>{formatMoney(m.netPaisa, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
