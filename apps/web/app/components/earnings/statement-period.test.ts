import { describe, expect, it } from "vitest";
import { parseStatementPeriod, statementFileName, statementYears } from "./statement-period.ts";

// 21:30 UTC on 31 October is already 1 November in Pakistan (UTC+5).
const NOW = new Date("2026-10-31T21:30:00Z");
const parse = (query: string) => parseStatementPeriod(new URLSearchParams(query), NOW);

describe("statement periods", () => {
  it("defaults to this month in Pakistan time", () => {
    expect(parse("")).toEqual({ period: { year: 2026, month: 11 }, valid: true });
  });

  it("reads a month or a whole year", () => {
    expect(parse("year=2025&month=3")).toEqual({ period: { year: 2025, month: 3 }, valid: true });
    expect(parse("year=2025&month=03")).toEqual({ period: { year: 2025, month: 3 }, valid: true });
    expect(parse("year=2025&month=")).toEqual({ period: { year: 2025, month: null }, valid: true });
    expect(parse("year=2026")).toEqual({ period: { year: 2026, month: null }, valid: true });
  });

  it.each([
    "year=abc",
    "year=2025&month=13",
    "year=2025&month=0",
    "year=2027",
    "year=2026&month=12",
    "year=1999",
    "month=5",
    "year=2025.5",
    "year=2025&month=-1",
  ])("falls back to this month for %s", (query) => {
    expect(parse(query)).toEqual({ period: { year: 2026, month: 11 }, valid: false });
  });

  it("names the CSV file after the period and lists the years newest first", () => {
    expect(statementFileName({ year: 2026, month: 3 })).toBe("hunar-statement-2026-03.csv");
    expect(statementFileName({ year: 2025, month: null })).toBe("hunar-statement-2025.csv");
    expect(statementYears(NOW)).toEqual([2026, 2025, 2024, 2023, 2022, 2021, 2020]);
  });
});
