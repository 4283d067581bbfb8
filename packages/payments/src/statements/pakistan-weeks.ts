import { Prisma } from "@hunar/db/types";
import { PKT_OFFSET_HOURS, pktIsoDate } from "./pakistan-time.ts";

const DAY_MS = 24 * 3_600_000;
const WEEK_MS = 7 * DAY_MS;
const PKT_OFFSET_MS = PKT_OFFSET_HOURS * 3_600_000;

export interface PktWeek {
  /** "2026-11-30": the Monday the week starts on, in Pakistan. */
  key: string;
  /** The instant the week starts (Monday 00:00 in Pakistan). */
  start: Date;
  /** The instant the next week starts. */
  end: Date;
}

/** The last `count` weeks (Monday to Sunday, Pakistan time) up to and including the one `now` is in, oldest first. */
export function pktWeeks(now: Date, count: number): PktWeek[] {
  const local = now.getTime() + PKT_OFFSET_MS;
  const sinceMonday = (new Date(local).getUTCDay() + 6) % 7;
  const thisWeek = Math.floor(local / DAY_MS) * DAY_MS - sinceMonday * DAY_MS - PKT_OFFSET_MS;
  return Array.from({ length: count }, (_, index) => {
    const start = new Date(thisWeek - (count - 1 - index) * WEEK_MS);
    return { key: pktIsoDate(start), start, end: new Date(start.getTime() + WEEK_MS) };
  });
}

/**
 * The Pakistani week of a timestamp column, as the key pktWeeks gives it: the database truncates in
 * 'Asia/Karachi' (columns hold UTC wall-clock time, hence the first AT TIME ZONE).
 */
export function pktWeekOf(column: string): Prisma.Sql {
  return Prisma.sql`to_char(date_trunc('week', (${Prisma.raw(column)} AT TIME ZONE 'UTC') AT TIME ZONE 'Asia/Karachi'), 'YYYY-MM-DD')`;
}
