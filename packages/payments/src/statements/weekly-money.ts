import type { Db, Tx } from "@hunar/db/types";
import { accountKey } from "../ledger/accounts.ts";
import { type PktWeek, pktWeekOf } from "./pakistan-weeks.ts";

export interface WeeklyMoney {
  /** What clients paid into escrow for work (orders and milestones funded), fees apart. */
  gmvPaisa: bigint;
  /** Platform revenue: every PLATFORM_REVENUE entry, as the revenue report adds them. */
  revenuePaisa: bigint;
  /** Payout requests still waiting when the week ended (or now, for the current week). */
  payoutBacklog: { count: number; amountPaisa: bigint };
}

/**
 * Money week by week from the ledger and the payout requests, in two grouped queries; weeks without
 * entries are zero. Authorization is the caller's (admins only).
 */
export async function getWeeklyMoney(db: Db | Tx, weeks: readonly PktWeek[], now: Date): Promise<WeeklyMoney[]> {
  const first = weeks[0];
  const last = weeks.at(-1);
  if (!first || !last) return [];
  const revenue = await db.ledgerAccount.findUnique({ where: { key: accountKey({ type: "PLATFORM_REVENUE" }) }, select: { id: true } });
  // One after the other: inside a transaction (one connection) the driver runs queries in turn anyway.
  const ledger = await db.$queryRaw<{ week: string; gmv: bigint; revenue: bigint }[]>`
      SELECT ${pktWeekOf('e."createdAt"')} AS week,
        COALESCE(SUM(CASE WHEN e."accountId" = ${revenue?.id ?? ""} THEN e."amountPaisa" ELSE 0 END), 0)::bigint AS revenue,
        COALESCE(SUM(CASE WHEN a.type = 'ORDER_ESCROW' AND t.kind = 'ESCROW_FUNDED' THEN e."amountPaisa" ELSE 0 END), 0)::bigint AS gmv
      FROM "LedgerEntry" e
        JOIN "LedgerAccount" a ON a.id = e."accountId"
        JOIN "LedgerTransaction" t ON t.id = e."transactionId"
      WHERE e."createdAt" >= ${first.start} AND e."createdAt" < ${last.end}
        AND (e."accountId" = ${revenue?.id ?? ""} OR (a.type = 'ORDER_ESCROW' AND t.kind = 'ESCROW_FUNDED'))
      GROUP BY 1`;
  // A request waits at an instant when it was made before it and not yet paid, rejected or cancelled.
  const backlog = await db.$queryRaw<{ week: string; count: number; amount: bigint }[]>`
      SELECT to_char(w.start, 'YYYY-MM-DD') AS week, COUNT(p.id)::int AS count, COALESCE(SUM(p."amountPaisa"), 0)::bigint AS amount
      FROM generate_series(${first.key}::date, ${last.key}::date, interval '1 week') AS w(start)
        LEFT JOIN "PayoutRequest" p
          ON p."createdAt" < LEAST((w.start + interval '1 week') AT TIME ZONE 'Asia/Karachi' AT TIME ZONE 'UTC', ${now}::timestamp)
          AND (p."processedAt" IS NULL OR p."processedAt" >= LEAST((w.start + interval '1 week') AT TIME ZONE 'Asia/Karachi' AT TIME ZONE 'UTC', ${now}::timestamp))
          AND (p.status = 'REQUESTED' OR p."processedAt" IS NOT NULL)
      GROUP BY 1`;
  const ledgerByWeek = new Map(ledger.map((row) => [row.week, row]));
  const backlogByWeek = new Map(backlog.map((row) => [row.week, row]));
  return weeks.map((week) => {
    const money = ledgerByWeek.get(week.key);
    const waiting = backlogByWeek.get(week.key);
    return {
      gmvPaisa: BigInt(money?.gmv ?? 0n),
      revenuePaisa: BigInt(money?.revenue ?? 0n),
      payoutBacklog: { count: Number(waiting?.count ?? 0), amountPaisa: BigInt(waiting?.amount ?? 0n) },
    };
  });
}
