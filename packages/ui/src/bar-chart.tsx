import { cx } from "./class-names.ts";

export interface ChartPoint {
  /** The bucket's label on the x axis ("30 Nov"), already in the page's language. */
  label: string;
  value: number;
}

export interface ChartBar {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Where the bucket's label is centred. */
  labelX: number;
}

export interface ChartGeometry {
  width: number;
  height: number;
  /** Top of the value axis: a round number at or above the largest value (1 when all are zero). */
  max: number;
  /** The value axis' ticks, bottom to top: 0, half and the top. */
  ticks: { value: number; y: number }[];
  /** The x of the value axis: on the left in English, on the right in Urdu. */
  axisX: number;
  plot: { top: number; bottom: number; start: number; end: number };
  bars: ChartBar[];
}

const WIDTH = 640;
const HEIGHT = 260;
const MARGIN = { top: 28, bottom: 44, axis: 72, far: 12 };

/** 1, 2 or 5 times a power of ten, at or above `value`: an axis people read at a glance. */
export function niceMax(value: number): number {
  if (!Number.isFinite(value) || value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

/**
 * Where every bar goes. Time runs in the reading direction: left to right in English, right to
 * left in Urdu (the first bucket on the right), with the value axis on the side reading starts from.
 */
export function chartGeometry(points: readonly ChartPoint[], dir: "ltr" | "rtl"): ChartGeometry {
  const max = niceMax(Math.max(0, ...points.map((point) => point.value)));
  const start = dir === "ltr" ? MARGIN.axis : MARGIN.far;
  const end = dir === "ltr" ? WIDTH - MARGIN.far : WIDTH - MARGIN.axis;
  const top = MARGIN.top;
  const bottom = HEIGHT - MARGIN.bottom;
  const slot = (end - start) / Math.max(1, points.length);
  const scale = (value: number) => ((bottom - top) * Math.max(0, value)) / max;
  const bars = points.map((point, index) => {
    const slotStart = dir === "ltr" ? start + index * slot : end - (index + 1) * slot;
    const height = scale(point.value);
    return { x: slotStart + slot * 0.15, y: bottom - height, width: slot * 0.7, height, labelX: slotStart + slot / 2 };
  });
  const ticks = [0, max / 2, max].map((value) => ({ value, y: bottom - scale(value) }));
  return { width: WIDTH, height: HEIGHT, max, ticks, axisX: dir === "ltr" ? start : end, plot: { top, bottom, start, end }, bars };
}

export interface BarChartProps {
  /** Unique on the page: ids of the title and description. */
  id: string;
  title: string;
  /** One sentence a screen reader hears with the title ("Total: 12 orders"). */
  description: string;
  xLabel: string;
  yLabel: string;
  points: readonly ChartPoint[];
  /** How values are written on the axis and in the table (numbers, PKR), in the page's language. */
  formatValue: (value: number) => string;
  /** The value axis' ticks, shorter when values are long (compact PKR); formatValue by default. */
  formatTick?: (value: number) => string;
  dir: "ltr" | "rtl";
  /** The fallback table's summary ("The figures"). */
  tableLabel: string;
  /** Further columns for the table (a count beside an amount), one cell per point. */
  extraColumns?: { header: string; cells: readonly string[] }[];
  className?: string;
}

/**
 * A bar chart drawn as plain SVG on the server: readable without JavaScript, mirrored in Urdu,
 * its texts in the page's font (inherited) and direction, with the figures in a table under a
 * <details> for screen readers and pages without CSS.
 */
export function BarChart(props: BarChartProps) {
  const { id, title, description, xLabel, yLabel, points, formatValue, dir, tableLabel, extraColumns = [], className } = props;
  const formatTick = props.formatTick ?? formatValue;
  const geometry = chartGeometry(points, dir);
  const { plot, axisX } = geometry;
  // text-anchor follows the text's direction: "end" sits against the axis on either side.
  const text = { direction: dir, fontFamily: "inherit" } as const;
  return (
    <figure className={cx("flex min-w-0 flex-col gap-2", className)}>
      <figcaption className="text-lg font-semibold">{title}</figcaption>
      <svg
        viewBox={`0 0 ${geometry.width} ${geometry.height}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        className="h-auto w-full text-stone-700"
        style={{ fontFamily: "inherit" }}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <text x={axisX} y={14} textAnchor="middle" fontSize={12} fill="currentColor" style={text}>
          {yLabel}
        </text>
        {geometry.ticks.map((tick) => (
          <g key={tick.value}>
            <line x1={plot.start} x2={plot.end} y1={tick.y} y2={tick.y} stroke="#e7e5e4" />
            <text x={dir === "ltr" ? axisX - 6 : axisX + 6} y={tick.y + 4} textAnchor="end" fontSize={11} fill="currentColor" style={text}>
              {formatTick(tick.value)}
            </text>
          </g>
        ))}
        <line x1={axisX} x2={axisX} y1={plot.top} y2={plot.bottom} stroke="#a8a29e" />
        <line x1={plot.start} x2={plot.end} y1={plot.bottom} y2={plot.bottom} stroke="#a8a29e" />
        {geometry.bars.map((bar, index) => {
          const point = points[index];
          if (!point) return null;
          return (
            <g key={point.label}>
              <rect x={bar.x} y={bar.y} width={bar.width} height={bar.height} fill="#047857">
                <title>{`${point.label}: ${formatValue(point.value)}`}</title>
              </rect>
              <text x={bar.labelX} y={plot.bottom + 16} textAnchor="middle" fontSize={10} fill="currentColor" style={text}>
                {point.label}
              </text>
            </g>
          );
        })}
        <text x={(plot.start + plot.end) / 2} y={geometry.height - 6} textAnchor="middle" fontSize={12} fill="currentColor" style={text}>
          {xLabel}
        </text>
      </svg>
      <details className="text-sm">
        <summary className="cursor-pointer text-stone-700">{tableLabel}</summary>
        <table className="mt-2 w-full text-start">
          <caption className="sr-only">{title}</caption>
          <thead>
            <tr>
              <th scope="col" className="pe-4 text-start font-semibold">
                {xLabel}
              </th>
              <th scope="col" className="pe-4 text-start font-semibold">
                {yLabel}
              </th>
              {extraColumns.map((column) => (
                <th key={column.header} scope="col" className="pe-4 text-start font-semibold">
                  {column.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {points.map((point, index) => (
              <tr key={point.label}>
                <th scope="row" className="pe-4 text-start font-normal">
                  {point.label}
                </th>
                <td className="pe-4 tabular-nums">{formatValue(point.value)}</td>
                {extraColumns.map((column) => (
                  <td key={column.header} className="pe-4 tabular-nums">
                    {column.cells[index] ?? ""}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
