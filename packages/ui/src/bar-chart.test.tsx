import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { BarChart, chartGeometry, niceMax } from "./bar-chart.tsx";

const weeks = [
  { label: "W1", value: 10 },
  { label: "W2", value: 0 },
  { label: "W3", value: 40 },
];

describe("chartGeometry", () => {
  it("rounds the value axis up to 1, 2 or 5 times a power of ten, and to 1 when everything is zero", () => {
    expect([niceMax(0), niceMax(3), niceMax(40), niceMax(120), niceMax(999), niceMax(-5)]).toEqual([1, 5, 50, 200, 1000, 1]);
    expect(chartGeometry([{ label: "a", value: 0 }], "ltr").bars[0]?.height).toBe(0);
  });

  it("scales bars to the axis: heights in proportion, a zero week has no bar, the top tick is the maximum", () => {
    const { bars, max, ticks, plot } = chartGeometry(weeks, "ltr");
    expect(max).toBe(50);
    const [first, second, third] = bars;
    expect(second?.height).toBe(0);
    expect((third?.height ?? 0) / (first?.height ?? 1)).toBeCloseTo(4);
    expect(third?.height).toBeCloseTo(((plot.bottom - plot.top) * 40) / 50);
    expect(third?.y).toBeCloseTo(plot.bottom - (third?.height ?? 0));
    expect(ticks.map((tick) => tick.value)).toEqual([0, 25, 50]);
    expect(ticks[2]?.y).toBe(plot.top);
  });

  it("runs time left to right in English and right to left in Urdu: the first week is on the right, the axis too", () => {
    const ltr = chartGeometry(weeks, "ltr");
    const rtl = chartGeometry(weeks, "rtl");
    const xs = (geometry: typeof ltr) => geometry.bars.map((bar) => bar.x);
    expect(xs(ltr)).toEqual([...xs(ltr)].sort((a, b) => a - b));
    expect(xs(rtl)).toEqual([...xs(rtl)].sort((a, b) => b - a));
    expect(rtl.bars[0]?.x).toBeGreaterThan(rtl.width / 2);
    expect(ltr.axisX).toBeLessThan(ltr.width / 2);
    expect(rtl.axisX).toBeGreaterThan(rtl.width / 2);
    // A mirror image: each Urdu bar stands where its English twin would in a mirror.
    rtl.bars.forEach((bar, index) => {
      const twin = ltr.bars[index];
      expect(bar.x + bar.width).toBeCloseTo(rtl.width - (twin?.x ?? 0));
    });
  });
});

describe("BarChart", () => {
  const render = (dir: "ltr" | "rtl") =>
    renderToStaticMarkup(
      <BarChart
        id="orders"
        title="آرڈر"
        description="کل: ۵۰"
        xLabel="ہفتہ"
        yLabel="آرڈر"
        points={weeks}
        formatValue={(value) => `#${value}`}
        dir={dir}
        tableLabel="اعداد"
        extraColumns={[{ header: "رقم", cells: ["a", "b", "c"] }]}
      />,
    );

  it("names the image for screen readers and writes its texts in the page's direction and font", () => {
    const html = render("rtl");
    expect(html).toContain('role="img"');
    expect(html).toContain('aria-labelledby="orders-title orders-desc"');
    expect(html).toContain('<title id="orders-title">آرڈر</title>');
    expect(html).toContain('<desc id="orders-desc">کل: ۵۰</desc>');
    expect(html).toMatch(/<text[^>]*style="direction:rtl;font-family:inherit"[^>]*>ہفتہ<\/text>/);
    expect(html).not.toContain("<script");
  });

  it("has the figures in a table under details, every week in order with its extra column", () => {
    const html = render("ltr");
    const table = html.slice(html.indexOf("<details"));
    expect(table).toContain("<summary");
    expect(table).toContain("اعداد");
    expect(
      [...table.matchAll(/<th scope="row"[^>]*>([^<]+)<\/th><td[^>]*>([^<]+)<\/td><td[^>]*>([^<]+)<\/td>/g)].map((m) => m.slice(1)),
    ).toEqual([
      ["W1", "#10", "a"],
      ["W2", "#0", "b"],
      ["W3", "#40", "c"],
    ]);
  });
});
