import { badInput } from "@hunar/core/app-error";
import type { Db, Tx } from "@hunar/db/types";
import { accountKey } from "../ledger/accounts.ts";
import { monthKeys, PKT_INTERVAL, pktMonthKey, pktMonthStart, STATEMENTS_KEY } from "./pakistan-time.ts";

export interface MonthlyNet {
  /** "2026-05", Pakistan time. */
  month: string;
  netPaisa: bigint;
}

/**
 * Net earnings (what orders released into the freelancer's pending earnings, after Hunar's fee)
 * per calendar month for the last `months` months up to and including the current one, oldest
 * first, months without earnings as zero: the dashboard chart. One grouped query over the
 * pending account's (accountId, createdAt) index range.
 */
export async function monthlyNetEarnings(
  db: Db | Tx,
  userId: string,
  options: { months?: number; now?: Date } = {},
): Promise<MonthlyNet[]> {
  const count = options.months ?? 12;
  if (!Number.isInteger(count) || count < 1 || count > 36) throw badInput({ months: { key: `${STATEMENTS_KEY}.monthsInvalid` } });
  const [nowYear, nowMonth] = pktMonthKey(options.now ?? new Date())
    .split("-")
    .map(Number) as [number, number];
  const firstIndex = nowYear * 12 + (nowMonth - 1) - (count - 1);
  const firstYear = Math.floor(firstIndex / 12);
  const firstMonth = (firstIndex % 12) + 1;
  const keys = monthKeys(firstYear, firstMonth, count);
  const totals = new Map(keys.map((key) => [key, 0n]));

  const account = await db.ledgerAccount.findUnique({
    where: { key: accountKey({ type: "FREELANCER_PENDING", userId }) },
    select: { id: true },
  });
  if (account) {
    const from = pktMonthStart(firstYear, firstMonth);
    const to = pktMonthStart(nowYear, nowMonth + 1);
    const rows = await db.$queryRaw<{ month: string; netPaisa: bigint }[]>`
      SELECT to_char(e."createdAt" + ${PKT_INTERVAL}, 'YYYY-MM') AS month,
        SUM(e."amountPaisa")::bigint AS "netPaisa"
      FROM "LedgerEntry" e JOIN "LedgerTransaction" t ON t.id = e."transactionId"
      WHERE e."accountId" = ${account.id} AND e."createdAt" >= ${from} AND e."createdAt" < ${to}
        AND e."amountPaisa" > 0 AND t.kind IN ('ESCROW_RELEASED', 'DISPUTE_SETTLED')
      GROUP BY 1`;
    for (const row of rows) if (totals.has(row.month)) totals.set(row.month, BigInt(row.netPaisa));
  }
  return keys.map((month) => ({ month, netPaisa: totals.get(month) ?? 0n }));
}
