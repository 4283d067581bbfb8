// @vitest-environment happy-dom
import { cleanup } from "@testing-library/react";
import { createRoutesStub } from "react-router";
import { afterEach, describe, expect, it } from "vitest";
import { renderInLocale } from "#app/test/render.tsx";
import { OrderRow, type OrderRowView } from "./order-row.tsx";

afterEach(cleanup);

const ROW: OrderRowView = {
  id: "o1",
  number: 1042,
  title: "Shop website",
  status: "PENDING_PAYMENT",
  subtotalPaisa: 4_500_000,
  totalPaisa: 4_590_000,
  createdAt: new Date("2026-03-10T05:00:00Z"),
  client: { displayName: "Bilal" },
  freelancer: { displayName: "Ayesha" },
  milestones: { count: 3, accepted: 1, position: 2 },
};

function renderRow(order: OrderRowView, locale: "en" | "ur" = "en") {
  const Stub = createRoutesStub([{ path: "/", Component: () => <OrderRow order={order} side="client" /> }]);
  return renderInLocale(<Stub />, locale).container;
}

describe("a contract in my orders", () => {
  it("between milestones reads as waiting for the next milestone, with its page and invoice open", () => {
    const row = renderRow(ROW);
    expect(row.textContent).toContain("Milestone 2 of 3");
    expect(row.querySelector("[data-order-status]")?.textContent).toBe("Waiting for payment of milestone 2");
    const links = [...row.querySelectorAll("a")].map((a) => a.getAttribute("href"));
    expect(links).toEqual(expect.arrayContaining(["/orders/o1/pay", "/orders/o1", "/orders/o1/invoice"]));
    cleanup();
    expect(renderRow(ROW, "ur").textContent).toContain("مرحلہ 2 از 3");
  });

  it("before its first payment is an unpaid order like any other; without milestones shows no progress", () => {
    const first = renderRow({ ...ROW, milestones: { count: 3, accepted: 0, position: 1 } });
    expect(first.textContent).toContain("Milestone 1 of 3");
    expect(first.querySelector("[data-order-status]")?.textContent).toBe("Waiting for payment");
    expect([...first.querySelectorAll("a")].map((a) => a.getAttribute("href"))).not.toContain("/orders/o1/invoice");
    cleanup();
    const gig = renderRow({ ...ROW, milestones: null });
    expect(gig.querySelector("[data-milestone-position]")).toBeNull();
    expect(gig.textContent).not.toContain("Milestone");
    cleanup();
    const done = renderRow({ ...ROW, status: "COMPLETED", milestones: { count: 3, accepted: 3, position: null } });
    expect(done.textContent).toContain("3 of 3 milestones accepted");
  });
});
