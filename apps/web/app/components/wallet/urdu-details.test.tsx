// @vitest-environment happy-dom
import type { OrderInvoice } from "@hunar/payments/statements/get-order-invoice";
import { cleanup } from "@testing-library/react";
import type { ReactElement } from "react";
import { createRoutesStub } from "react-router";
import { afterEach, describe, expect, it } from "vitest";
import { AccountSessions } from "#app/components/account/account-sessions.tsx";
import { StatementSheet, type StatementView } from "#app/components/earnings/statement-view.tsx";
import { GigCard } from "#app/components/gigs/gig-card.tsx";
import { SellerCard } from "#app/components/gigs/seller-card.tsx";
import { renderInLocale } from "#app/test/render.tsx";
import { FigureLines } from "./money.tsx";
import { InvoiceView } from "./invoice-view.tsx";

// What an Urdu reader notices: numbers that flip around their signs, Latin AM/PM and city names,
// an earnings receipt called an invoice, addresses read backwards, payouts worded two ways.

afterEach(cleanup);

/** Links and forms need a router around them. */
function routed(ui: ReactElement) {
  const Stub = createRoutesStub([{ path: "/", Component: () => ui }]);
  return <Stub />;
}

const FSI = "\u2068";
const LRI = "\u2066";
const PDI = "\u2069";

const INVOICE: OrderInvoice = {
  copy: "CLIENT_INVOICE",
  order: {
    id: "o1",
    number: 1042,
    title: "Logo",
    status: "COMPLETED",
    createdAt: new Date("2026-03-10T18:05:00Z"),
    fundedAt: new Date("2026-03-10T18:05:00Z"),
    completedAt: null,
  },
  client: { name: "Bilal", city: "Karachi" },
  freelancer: { name: "Ayesha", city: "Lahore", cnic: null, ntn: null },
  amounts: {
    subtotalPaisa: 500_000,
    clientFeePaisa: 10_000,
    freelancerFeePaisa: 25_000,
    totalPaisa: 510_000,
    totalPaidPaisa: 510_000,
    freelancerNetPaisa: 475_000,
  },
  rates: { freelancerFeeBps: 500, clientFeeBps: 200, minimumFeePaisa: 0 },
  milestones: [],
};

describe("percentages on checkout, invoice and receipt", () => {
  it("keep the percent sign after its number inside the Urdu parentheses", () => {
    const { container } = renderInLocale(
      <FigureLines figures={{ subtotalPaisa: 500_000, clientFeePaisa: 10_000, clientFeeBps: 200, totalPaisa: 510_000 }} />,
    );
    expect(container.textContent).toContain(`(${FSI}2%${PDI})`);
    const invoice = renderInLocale(<InvoiceView invoice={INVOICE} />).container;
    expect(invoice.textContent).toContain(`(${FSI}2%${PDI})`);
    cleanup();
    const receipt = renderInLocale(<InvoiceView invoice={{ ...INVOICE, copy: "FREELANCER_RECEIPT" }} />).container;
    expect(receipt.textContent).toContain(`(${FSI}5%${PDI})`);
  });
});

describe("the freelancer's copy", () => {
  it("is headed as a receipt, the client's as an invoice", () => {
    const receipt = renderInLocale(<InvoiceView invoice={{ ...INVOICE, copy: "FREELANCER_RECEIPT" }} />).container;
    const heading = receipt.querySelector("h1")?.textContent ?? "";
    expect(heading).toContain("رسید");
    expect(heading).not.toContain("انوائس");
    expect(receipt.textContent).toContain("وصول کنندہ");
    cleanup();
    expect(renderInLocale(<InvoiceView invoice={INVOICE} />).container.querySelector("h1")?.textContent).toContain("انوائس");
    cleanup();
    const english = renderInLocale(<InvoiceView invoice={{ ...INVOICE, copy: "FREELANCER_RECEIPT" }} />, "en").container;
    expect(english.querySelector("h1")?.textContent).toBe("Earnings receipt for order #1042");
  });
});

describe("city names", () => {
  const card = {
    id: "g1",
    slug: "logo",
    titleUr: "لوگو",
    titleEn: "Logo",
    startingPricePaisa: 500_000,
    rating: null,
    ratingCount: 0,
    sellerName: "Ayesha",
    sellerHref: null,
    city: "Lahore",
    image: null,
  };

  it("are in Urdu on Urdu pages: gig cards, invoices, the seller card", () => {
    expect(renderInLocale(routed(<GigCard gig={card} locale="ur" />)).container.textContent).toContain("لاہور");
    cleanup();
    const invoice = renderInLocale(<InvoiceView invoice={INVOICE} />).container.textContent ?? "";
    expect(invoice).toContain("کراچی");
    expect(invoice).toContain("لاہور");
    expect(invoice).not.toMatch(/Karachi|Lahore/);
    cleanup();
    const seller = {
      displayName: "Ayesha",
      href: null,
      headlineUr: null,
      headlineEn: null,
      city: "Lahore",
      languages: [],
      memberSince: new Date("2025-01-01T00:00:00Z"),
      rating: null,
      ratingCount: 0,
      completedOrders: 0,
      responseTimeMinutes: null,
    };
    expect(renderInLocale(routed(<SellerCard seller={seller} />)).container.textContent).toContain("لاہور");
  });

  it("stay as written when not on the list, and in English on English pages", () => {
    expect(renderInLocale(routed(<GigCard gig={{ ...card, city: "Shikarpur" }} locale="ur" />)).container.textContent).toContain(
      "Shikarpur",
    );
    cleanup();
    expect(renderInLocale(routed(<GigCard gig={card} locale="en" />), "en").container.textContent).toContain("Lahore");
  });
});

describe("the session list", () => {
  it("shows an IPv4-mapped address as IPv4, isolated left to right, and Urdu day periods", () => {
    const sessions = [
      {
        id: "s1",
        createdAt: new Date("2026-03-10T18:05:00Z"),
        expiresAt: new Date("2026-04-10T18:05:00Z"),
        userAgent: null,
        ip: "::ffff:127.0.0.1",
        current: true,
      },
    ];
    const text = renderInLocale(routed(<AccountSessions sessions={sessions} result={undefined} />)).container.textContent ?? "";
    expect(text).toContain(`${LRI}127.0.0.1${PDI}`);
    expect(text).not.toContain("ffff");
    expect(text).toContain("11:05 رات");
    expect(text).not.toMatch(/\b[AP]M\b/);
  });
});

describe("the earnings statement", () => {
  const statement: StatementView = {
    year: 2026,
    month: 3,
    holder: { displayName: "Ayesha", cnic: null, ntn: null },
    totals: { grossPaisa: 0n, feesPaisa: 0n, netPaisa: 0n, paidOutPaisa: 1_000_000n },
    months: [],
    entries: [
      {
        id: "t1",
        date: new Date("2026-03-10T10:00:00Z"),
        kind: "PAYOUT_REQUESTED",
        orderNumber: null,
        orderTitle: null,
        payoutAccount: { rail: "IBAN", accountTitle: "Ayesha Khan", accountNumberEnding: "6702" },
        payoutReference: null,
        amountPaisa: -1_000_000n,
      },
      {
        id: "t2",
        date: new Date("2026-03-11T10:00:00Z"),
        kind: "PAYOUT_PAID",
        orderNumber: null,
        orderTitle: null,
        payoutAccount: { rail: "IBAN", accountTitle: "Ayesha Khan", accountNumberEnding: "6702" },
        payoutReference: "FT26070ABC",
        amountPaisa: -1_000_000n,
      },
    ],
  };

  for (const locale of ["ur", "en"] as const) {
    it(`words the request and the payment apart, signs them and shows the transfer reference (${locale})`, () => {
      const { container } = renderInLocale(<StatementSheet statement={statement} locale={locale} generatedAt={new Date()} />, locale);
      const rows = [...container.querySelectorAll("section:last-of-type tbody tr")];
      expect(rows).toHaveLength(2);
      const [requested, paid] = rows.map((row) => row.textContent ?? "");
      expect(requested).not.toBe(paid);
      expect(rows[0]?.querySelector("td:last-child")?.textContent).toMatch(/^\u200e?-Rs\u00a010,000$/);
      expect(rows[1]?.querySelector("td:last-child")?.textContent).toMatch(/^\u200e?-Rs\u00a010,000$/);
      expect(rows[1]?.querySelector("[data-payout-reference]")?.textContent).toContain(`${LRI}FT26070ABC${PDI}`);
      expect(rows[0]?.querySelector("[data-payout-reference]")).toBeNull();
    });
  }
});
