import { AppError } from "@hunar/core/app-error";
import { parseInput } from "@hunar/core/parse-input";
import type { Db } from "@hunar/db/types";
import { type PktWeek, pktWeekOf, pktWeeks } from "@hunar/payments/statements/pakistan-weeks";
import { getWeeklyMoney, type WeeklyMoney } from "@hunar/payments/statements/weekly-money";
import { z } from "zod";

export const DASHBOARD_WEEKS = 12;
export const DASHBOARD_MAX_WEEKS = 52;

const ZDashboardOptions = z.object({
  weeks: z
    .number({ error: "errors:invalid" })
    .int({ error: "errors:invalid" })
    .min(1, { error: "errors:tooSmall" })
    .max(DASHBOARD_MAX_WEEKS, { error: "errors:tooBig" })
    .default(DASHBOARD_WEEKS),
  now: z.date({ error: "errors:invalid" }).default(() => new Date()),
});

export interface DashboardWeek extends WeeklyMoney {
  /** "2026-11-30": the Monday the week starts on, in Pakistan. */
  week: string;
  start: Date;
  /** Orders whose first payment into escrow was made that week. */
  ordersFunded: number;
  newUsers: number;
  disputesOpened: number;
  /** Disputes opened per order funded that week; null when no order was funded. */
  disputeRate: number | null;
}

export interface AdminDashboard {
  weeks: DashboardWeek[];
}

/**
 * The admin home's figures for the last weeks (Monday to Sunday, Pakistan time), oldest first,
 * every week present (zero when nothing happened). Admins only, the role read from the database.
 * Five queries whatever the number of weeks: the admin's role, the counts, the revenue account's
 * id, the ledger and the payout backlog (each grouped by week in the database).
 */
export async function getAdminDashboard(
  db: Db,
  admin: { userId: string },
  raw: { weeks?: number; now?: Date } = {},
): Promise<AdminDashboard> {
  const options = parseInput(ZDashboardOptions, raw);
  const acting = await db.user.findUnique({ where: { id: admin.userId }, select: { isAdmin: true, suspendedAt: true } });
  if (!acting?.isAdmin || acting.suspendedAt) throw new AppError("FORBIDDEN", "errors:forbidden");
  const weeks = pktWeeks(options.now, options.weeks);
  const counts = await weeklyCounts(db, weeks);
  const money = await getWeeklyMoney(db, weeks, options.now);
  return {
    weeks: weeks.map((week, index) => {
      const count = (what: string) => counts.get(`${what}:${week.key}`) ?? 0;
      const ordersFunded = count("orders");
      const disputesOpened = count("disputes");
      return {
        week: week.key,
        start: week.start,
        ordersFunded,
        newUsers: count("users"),
        disputesOpened,
        disputeRate: ordersFunded > 0 ? disputesOpened / ordersFunded : null,
        ...(money[index] ?? { gmvPaisa: 0n, revenuePaisa: 0n, payoutBacklog: { count: 0, amountPaisa: 0n } }),
      };
    }),
  };
}

/** Orders funded, people who joined and disputes opened, per week, in one grouped query. */
async function weeklyCounts(db: Db, weeks: readonly PktWeek[]): Promise<Map<string, number>> {
  const from = weeks[0]?.start ?? new Date(0);
  const to = weeks.at(-1)?.end ?? new Date(0);
  const rows = await db.$queryRaw<{ what: string; week: string; count: number }[]>`
    SELECT 'orders' AS what, ${pktWeekOf('"fundedAt"')} AS week, COUNT(*)::int AS count
      FROM "Order" WHERE "fundedAt" >= ${from} AND "fundedAt" < ${to} GROUP BY 2
    UNION ALL
    SELECT 'users', ${pktWeekOf('"createdAt"')}, COUNT(*)::int FROM "User" WHERE "createdAt" >= ${from} AND "createdAt" < ${to} GROUP BY 2
    UNION ALL
    SELECT 'disputes', ${pktWeekOf('"createdAt"')}, COUNT(*)::int FROM "Dispute" WHERE "createdAt" >= ${from} AND "createdAt" < ${to} GROUP BY 2`;
  return new Map(rows.map((row) => [`${row.what}:${row.week}`, Number(row.count)]));
}
