// @vitest-environment happy-dom
import { formatMoney } from "@hunar/i18n/format";
import { cleanup, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { renderInLocale } from "#app/test/render.tsx";
import { EarningsChart, type MonthlyNet } from "./earnings-chart.tsx";

const MONTHS: MonthlyNet[] = Array.from({ length: 12 }, (_, index) => ({
  year: index < 2 ? 2025 : 2026,
  month: ((10 + index) % 12) + 1,
  netPaisa: BigInt(index === 5 ? 4_250_050 : index * 100_000),
}));

/** Each bar's x position in month order (oldest first). */
function barPositions(container: HTMLElement): number[] {
  return [...container.querySelectorAll("rect")].map((rect) => Number(rect.getAttribute("x")));
}

afterEach(cleanup);

describe("EarningsChart", () => {
  it("runs months left to right in English, with the money axis and month names via Intl", () => {
    const { container, getByRole } = renderInLocale(<EarningsChart months={MONTHS} locale="en" />, "en");
    const xs = barPositions(container);
    expect(xs).toHaveLength(12);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    const image = getByRole("img");
    expect(image.getAttribute("aria-label")).toContain("November 2025");
    expect(image.getAttribute("aria-label")).toContain(`April 2026 (${formatMoney(4_250_050n, "en")})`);
    expect(container.querySelector("svg")?.textContent).toContain("Nov");
  });

  it("runs months right to left in Urdu and keeps every figure in a table for screen readers", () => {
    const { container, getByRole } = renderInLocale(<EarningsChart months={MONTHS} locale="ur" />, "ur");
    const xs = barPositions(container);
    expect(xs).toEqual([...xs].sort((a, b) => b - a));
    const table = getByRole("table");
    expect(table.className).toContain("sr-only");
    const rows = within(table).getAllByRole("row");
    expect(rows).toHaveLength(13);
    expect(rows[6]?.textContent).toContain(formatMoney(4_250_050n, "ur"));
    expect(rows[6]?.textContent).toContain("اپریل");
  });

  it("says there is nothing yet instead of naming a best month of Rs 0", () => {
    const empty = MONTHS.map((month) => ({ ...month, netPaisa: 0n }));
    const { getByRole, getAllByText } = renderInLocale(<EarningsChart months={empty} locale="en" />, "en");
    expect(getByRole("img").getAttribute("aria-label")).toBe("No earnings in the last 12 months yet. Completed orders will show here.");
    expect(getAllByText(/No earnings in the last 12 months yet/)).toHaveLength(1);
  });
});
