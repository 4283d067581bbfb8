import { afterEach, describe, expect, it, vi } from "vitest";
import {
  bidiIsolate,
  formatDate,
  formatDateTime,
  formatFileSize,
  formatIpAddress,
  formatMoney,
  formatNumber,
  formatPercent,
  formatRelativeTime,
  formatTime,
  moneyParam,
} from "./format.ts";

const FSI = "\u2068";
const LRI = "\u2066";
const PDI = "\u2069";

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

describe("right-to-left safety", () => {
  it("isolates a percentage on Urdu pages so '(2%)' cannot turn into '(%2)'", () => {
    expect(formatPercent(0.02, "ur")).toBe(`${FSI}2%${PDI}`);
    expect(formatPercent(0.025, "ur")).toBe(`${FSI}2.5%${PDI}`);
    expect(formatNumber(0.05, "ur", { style: "percent" })).toBe(`${FSI}5%${PDI}`);
    expect(formatPercent(0.02, "en")).toBe("2%");
  });

  it("leaves plain numbers alone: digits already read correctly after Urdu words", () => {
    expect(formatNumber(1234, "ur")).toBe("1,234");
    expect(bidiIsolate("x", "en")).toBe("x");
  });

  it("formats file sizes and limits through Intl, isolated on Urdu pages", () => {
    expect(formatFileSize(10 * 1024 * 1024, "ur")).toBe(`${FSI}10 MB${PDI}`);
    expect(formatFileSize(10 * 1024 * 1024, "en")).toBe("10 MB");
    expect(formatFileSize(2.45 * 1024 * 1024, "en")).toBe("2.5 MB");
    expect(formatFileSize(840 * 1024, "en")).toBe("840 kB");
    expect(formatFileSize(12, "en")).toBe("1 kB");
    expect(formatFileSize(3 * 1024 ** 3, "en")).toBe("3 GB");
  });

  it("shows an IPv4-mapped IPv6 address as its IPv4 address, always left to right", () => {
    expect(formatIpAddress("::ffff:127.0.0.1")).toBe(`${LRI}127.0.0.1${PDI}`);
    expect(formatIpAddress("::FFFF:10.0.0.7")).toBe(`${LRI}10.0.0.7${PDI}`);
    expect(formatIpAddress("2001:db8::1")).toBe(`${LRI}2001:db8::1${PDI}`);
    expect(formatIpAddress("203.0.113.9")).toBe(`${LRI}203.0.113.9${PDI}`);
  });

  it("signs ledger amounts when asked, money out negative", () => {
    expect(formatMoney(-50_000, "en", { signed: true })).toBe("-Rs\u00a0500");
    expect(formatMoney(50_000, "en", { signed: true })).toBe("+Rs\u00a0500");
    expect(formatMoney(0, "en", { signed: true })).toBe("Rs\u00a00");
    expect(formatMoney(-50_000, "ur", { signed: true })).toMatch(/^\u200e?-Rs\u00a0500$/);
  });
});

describe("times of day", () => {
  // 18:05 UTC is 23:05 in Karachi.
  const lateEvening = new Date("2026-03-10T18:05:00Z");

  it("uses Urdu day periods, never the Latin AM/PM", () => {
    expect(formatTime(lateEvening, "ur")).toBe("11:05 رات");
    expect(formatTime(new Date("2026-03-10T04:05:00Z"), "ur")).toBe("9:05 صبح");
    expect(formatTime(new Date("2026-03-10T08:30:00Z"), "ur")).toBe("1:30 دوپہر");
    expect(formatTime(new Date("2026-03-10T14:00:00Z"), "ur")).toBe("7:00 شام");
    expect(formatDateTime(lateEvening, "ur")).toBe("10 مارچ، 2026، 11:05 رات");
    expect(formatDate(lateEvening, "ur", { dateStyle: "long", timeStyle: "short" })).toContain("11:05 رات");
    expect(formatDate(lateEvening, "ur", { hour: "numeric", minute: "2-digit" })).toBe("11:05 رات");
  });

  it("never leaves AM or PM in an Urdu time, at any hour", () => {
    for (let hour = 0; hour < 24; hour++) {
      const text = formatDateTime(new Date(Date.UTC(2026, 2, 10, hour, 15)), "ur");
      expect(text).not.toMatch(/[AP]M/i);
      expect(text).toMatch(/صبح|دوپہر|سہ پہر|شام|رات/);
    }
  });

  it("keeps English times as they were", () => {
    expect(formatTime(lateEvening, "en")).toMatch(/^11:05\s?pm$/i);
  });
});
