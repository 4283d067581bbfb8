export interface StatementPeriod {
  year: number;
  month: number | null;
}

/** The calendar year and month in Pakistan, where statements are kept. */
export function currentPeriod(now: Date): { year: number; month: number } {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone: "Asia/Karachi", year: "numeric", month: "numeric" }).formatToParts(now);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: part("year"), month: part("month") };
}

const FIRST_YEAR = 2020;

/**
 * `?year=&month=` as typed into an address bar. No year means this month; a year alone means
 * the whole year. Anything else (text, a month 13, a year in the future) is not a period: the
 * page shows this month and says so, rather than failing.
 */
export function parseStatementPeriod(params: URLSearchParams, now: Date): { period: StatementPeriod; valid: boolean } {
  const today = currentPeriod(now);
  const fallback = { period: { year: today.year, month: today.month }, valid: false };
  const yearText = params.get("year")?.trim() ?? "";
  const monthText = params.get("month")?.trim() ?? "";
  if (yearText === "") return monthText === "" ? { ...fallback, valid: true } : fallback;
  if (!/^\d{4}$/.test(yearText) || !/^(\d{1,2})?$/.test(monthText)) return fallback;
  const year = Number(yearText);
  const month = monthText === "" ? null : Number(monthText);
  if (year < FIRST_YEAR || year > today.year) return fallback;
  if (month !== null && (month < 1 || month > 12 || (year === today.year && month > today.month))) return fallback;
  return { period: { year, month }, valid: true };
}

/** The years offered in the period picker, newest first. */
export function statementYears(now: Date): number[] {
  const { year } = currentPeriod(now);
  return Array.from({ length: year - FIRST_YEAR + 1 }, (_, index) => year - index);
}

/** "hunar-statement-2026-03.csv" or "hunar-statement-2026.csv". */
export function statementFileName(period: StatementPeriod): string {
  const month = period.month ? `-${String(period.month).padStart(2, "0")}` : "";
  return `hunar-statement-${period.year}${month}.csv`;
}
