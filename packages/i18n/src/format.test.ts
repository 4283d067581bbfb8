import { afterEach, describe, expect, it, vi } from "vitest";
import { formatDate, formatMoney, formatNumber, formatRelativeTime, moneyParam } from "./format.ts";

describe("formatMoney", () => {
  it("shows whole rupees without decimals and paisa with two", () => {
    expect(formatMoney(500_000, "en")).toBe("Rs\u00a05,000");
    expect(formatMoney(123_450, "en")).toBe("Rs\u00a01,234.50");
    expect(formatMoney(5, "en")).toBe("Rs\u00a00.05");
    expect(formatMoney(-250, "en")).toBe("-Rs\u00a02.50");
  });

  it("formats bigint ledger amounts exactly, beyond float precision", () => {
    // 2^63-1 paisa: a float would round the last digits away.
    expect(formatMoney(9_223_372_036_854_775_807n, "en")).toBe("Rs\u00a092,233,720,368,547,758.07");
  });

  it("uses the Urdu locale's conventions", () => {
    const urdu = formatMoney(500_000, "ur");
    expect(urdu).toContain("5,000");
    expect(urdu).toBe(new Intl.NumberFormat("ur-PK", { style: "currency", currency: "PKR", maximumFractionDigits: 0 }).format(5000));
  });

  it("refuses fractional paisa instead of rounding money silently", () => {
    expect(() => formatMoney(10.5, "en")).toThrow(RangeError);
  });

  it("gives domain messages an amount that reads the same in both languages", () => {
    expect(moneyParam(125_050n)).toBe("Rs\u00a01,250.50");
    expect(moneyParam(125_050n)).toBe(formatMoney(125_050n, "ur"));
  });
});

describe("formatNumber and formatDate", () => {
  it("groups digits", () => {
    expect(formatNumber(1_234_567, "en")).toBe("1,234,567");
  });

  it("formats dates in Pakistan time with the language's month names", () => {
    // 20:00 UTC on 31 Dec is already 1 Jan in Karachi (UTC+5).
    const date = new Date("2025-12-31T20:00:00Z");
    expect(formatDate(date, "en", { dateStyle: "long" })).toBe("1 January 2026");
    expect(formatDate(date, "ur", { dateStyle: "long" })).toContain("جنوری");
  });
});

describe("formatRelativeTime", () => {
  const now = new Date("2026-03-10T12:00:00Z");

  it("picks the largest unit that fits", () => {
    expect(formatRelativeTime(new Date("2026-03-07T12:00:00Z"), "en", now)).toBe("3 days ago");
    expect(formatRelativeTime(new Date("2026-03-10T14:00:00Z"), "en", now)).toBe("in 2 hours");
    expect(formatRelativeTime(now, "en", now)).toBe("now");
  });

  it("speaks Urdu", () => {
    expect(formatRelativeTime(new Date("2026-03-07T12:00:00Z"), "ur", now)).toMatch(/[\u0600-\u06FF]/);
  });
});

describe("formatter reuse", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("builds one formatter per language and options, however often it formats", () => {
    const RealNumberFormat = Intl.NumberFormat;
    const built: (Intl.NumberFormatOptions | undefined)[] = [];
    vi.spyOn(Intl, "NumberFormat").mockImplementation(function (locales, options) {
      built.push(options);
      return new RealNumberFormat(locales, options);
    });
    // Options no other test uses, so an instance cached earlier cannot hide a rebuild.
    for (let i = 0; i < 5; i++) expect(formatNumber(i, "en", { style: "unit", unit: "kilometer" })).toBe(`${i} km`);
    expect(built.filter((options) => options?.unit === "kilometer")).toHaveLength(1);
  });

  it("never hands one caller's formatter to another language or other options", () => {
    expect(formatNumber(0.25, "en", { style: "percent" })).toBe("25%");
    expect(formatNumber(0.25, "en")).toBe("0.25");
    expect(formatNumber(0.25, "en", { style: "percent" })).toBe("25%");
    expect(formatMoney(500_000, "en")).toBe("Rs\u00a05,000");
    expect(formatMoney(500_050, "en")).toBe("Rs\u00a05,000.50");
    expect(formatMoney(500_000, "en")).toBe("Rs\u00a05,000");
    const date = new Date("2026-01-15T12:00:00Z");
    expect(formatDate(date, "en", { month: "long" })).toBe("January");
    expect(formatDate(date, "ur", { month: "long" })).toBe("جنوری");
    expect(formatDate(date, "en", { year: "numeric" })).toBe("2026");
  });
});
