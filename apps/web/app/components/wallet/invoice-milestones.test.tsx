// @vitest-environment happy-dom
import type { OrderInvoice } from "@hunar/payments/statements/get-order-invoice";
import { cleanup } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { renderInLocale } from "#app/test/render.tsx";
import { InvoiceView } from "./invoice-view.tsx";

afterEach(cleanup);

const CONTRACT: OrderInvoice = {
  copy: "CLIENT_INVOICE",
  order: {
    id: "o1",
    number: 1042,
    title: "Shop website",
    status: "IN_PROGRESS",
    createdAt: new Date("2026-03-10T05:00:00Z"),
    fundedAt: new Date("2026-03-10T05:00:00Z"),
    completedAt: null,
  },
  client: { name: "Bilal", city: "Karachi" },
  freelancer: { name: "Ayesha", city: "Lahore", cnic: null, ntn: null },
  amounts: {
    subtotalPaisa: 500_000,
    clientFeePaisa: 10_000,
    freelancerFeePaisa: 25_000,
    totalPaisa: 510_000,
    totalPaidPaisa: 204_000,
    freelancerNetPaisa: 475_000,
  },
  rates: { freelancerFeeBps: 500, clientFeeBps: 200, minimumFeePaisa: 0 },
  milestones: [
    {
      position: 1,
      title: "Design",
      amountPaisa: 200_000,
      clientFeePaisa: 4_000,
      status: "FUNDED",
      funded: true,
      fundedAt: new Date("2026-03-10T05:00:00Z"),
    },
    { position: 2, title: "Pages", amountPaisa: 300_000, clientFeePaisa: 6_000, status: "PENDING", funded: false, fundedAt: null },
  ],
};

describe("a contract's invoice", () => {
  it("lists its milestones with their fee shares and what has been paid so far", () => {
    const { container } = renderInLocale(<InvoiceView invoice={CONTRACT} />, "en");
    const rows = [...container.querySelectorAll("[data-milestone]")];
    expect(rows.map((row) => row.getAttribute("data-funded"))).toEqual(["true", "false"]);
    expect(rows[0]?.textContent).toContain("Design");
    expect(rows[0]?.textContent).toContain("Paid into escrow, in progress");
    expect(rows[1]?.textContent).toContain("Not paid yet");
    expect(container.textContent).toContain("Client fee share");
    expect(container.querySelector('[data-figure="total-paid"]')?.textContent).toMatch(/2,040/);
  });

  it("shows the freelancer no fee shares and no paid total, and an order without milestones no table", () => {
    const receipt = renderInLocale(<InvoiceView invoice={{ ...CONTRACT, copy: "FREELANCER_RECEIPT" }} />).container;
    expect(receipt.querySelectorAll("[data-milestone]")).toHaveLength(2);
    expect(receipt.textContent).toContain("مراحل");
    expect(receipt.textContent).not.toContain("کلائنٹ فیس کا حصہ");
    expect(receipt.querySelector('[data-figure="total-paid"]')).toBeNull();
    cleanup();
    const gig = renderInLocale(<InvoiceView invoice={{ ...CONTRACT, milestones: [] }} />).container;
    expect(gig.querySelector("[data-milestone]")).toBeNull();
  });
});
