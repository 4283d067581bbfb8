// @vitest-environment happy-dom
import { formatMoney } from "@hunar/i18n/format";
import { createT } from "@hunar/i18n/translate";
import { cleanup, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { renderInLocale } from "#app/test/render.tsx";
import { AdminDashboard, type DashboardWeekView } from "./admin-dashboard.tsx";

afterEach(cleanup);

const week = (start: string, overrides: Partial<DashboardWeekView> = {}): DashboardWeekView => ({
  week: start,
  start: new Date(`${start}T00:00:00+05:00`),
  ordersFunded: 0,
  gmvPaisa: 0n,
  revenuePaisa: 0n,
  newUsers: 0,
  disputesOpened: 0,
  disputeRate: null,
  payoutBacklog: { count: 0, amountPaisa: 0n },
  ...overrides,
});

const weeks = [
  week("2026-11-16", { ordersFunded: 2, gmvPaisa: 1_000_000n, revenuePaisa: 20_000n, disputesOpened: 1, disputeRate: 0.5 }),
  week("2026-11-23"),
  week("2026-11-30", { ordersFunded: 1, newUsers: 3, payoutBacklog: { count: 1, amountPaisa: 250_000n } }),
];

describe("the admin dashboard charts", () => {
  it("names every chart in Urdu, mirrors time (the first week on the right) and gives the figures in tables", () => {
    const { container } = renderInLocale(<AdminDashboard weeks={weeks} />, "ur");
    const ur = createT("ur");
    const orders = container.querySelector("#chart-orders-title")?.closest("svg") as SVGElement;
    expect(orders.getAttribute("role")).toBe("img");
    expect(orders.querySelector("title")?.textContent).toBe(ur("admin:dashboard.orders.title"));
    const bars = [...orders.querySelectorAll("rect")].map((rect) => Number(rect.getAttribute("x")));
    expect(bars[0]).toBeGreaterThan(bars[2] ?? Infinity);
    expect(container.querySelectorAll('svg[role="img"]')).toHaveLength(6);
    expect(container.querySelectorAll("details table")).toHaveLength(6);
    const payouts = container.querySelector("#chart-payouts-desc")?.closest("figure");
    const lastRow = [...(payouts?.querySelectorAll("tbody tr") ?? [])].at(-1);
    expect([...(lastRow?.querySelectorAll("td") ?? [])].map((cell) => cell.textContent)).toEqual([formatMoney(250_000n, "ur"), "1"]);
    expect(container.textContent).not.toMatch(/[A-Za-z]{4,}/);
  });

  it("runs time left to right in English", () => {
    renderInLocale(<AdminDashboard weeks={weeks} />, "en");
    const orders = screen.getByRole("img", { name: /Orders paid/ });
    const bars = [...orders.querySelectorAll("rect")].map((rect) => Number(rect.getAttribute("x")));
    expect(bars[0]).toBeLessThan(bars[2] ?? -Infinity);
  });
});
