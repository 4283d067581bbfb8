import { badInput } from "@hunar/core/app-error";
import { Prisma } from "@hunar/db/types";

// Statements follow the freelancer's calendar, not UTC: an order released at 02:00 on 1 June in
// Lahore belongs to June. Pakistan Standard Time is UTC+5 all year (no daylight saving since
// 2009), so a fixed offset is exact and keeps SQL and JavaScript in step without a tz database.
export const PKT_OFFSET_HOURS = 5;
const PKT_OFFSET_MS = PKT_OFFSET_HOURS * 3_600_000;

/** The same offset for SQL: `"createdAt" + ${PKT_INTERVAL}` is the Pakistani wall-clock time. */
export const PKT_INTERVAL = Prisma.raw(`interval '${PKT_OFFSET_HOURS} hours'`);

export const STATEMENTS_KEY = "payments:errors.statements";

/** The instant a Pakistani calendar month begins; month is 1-12 (13 rolls into next January). */
export function pktMonthStart(year: number, month: number): Date {
  return new Date(Date.UTC(year, month - 1, 1) - PKT_OFFSET_MS);
}

/** "2026-05": the Pakistani calendar month an instant falls in. */
export function pktMonthKey(date: Date): string {
  return new Date(date.getTime() + PKT_OFFSET_MS).toISOString().slice(0, 7);
}

/** "2026-05-31": the Pakistani calendar day an instant falls in. */
export function pktIsoDate(date: Date): string {
  return new Date(date.getTime() + PKT_OFFSET_MS).toISOString().slice(0, 10);
}

/** The month keys from `from` (inclusive) for `count` months: ["2026-01", "2026-02", ...]. */
export function monthKeys(year: number, month: number, count: number): string[] {
  const keys: string[] = [];
  for (let i = 0; i < count; i++) {
    const index = year * 12 + (month - 1) + i;
    keys.push(`${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`);
  }
  return keys;
}

export const MIN_YEAR = 2020;
export const MAX_YEAR = 2100;

/** A statement period from a form or URL: a whole year, or one month of it. */
export function parsePeriod(raw: { year: unknown; month?: unknown }): { year: number; month: number | null } {
  const year = raw.year;
  if (typeof year !== "number" || !Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw badInput({ year: { key: `${STATEMENTS_KEY}.yearInvalid` } });
  }
  const month = raw.month ?? null;
  if (month !== null && (typeof month !== "number" || !Number.isInteger(month) || month < 1 || month > 12)) {
    throw badInput({ month: { key: `${STATEMENTS_KEY}.monthInvalid` } });
  }
  return { year, month };
}
