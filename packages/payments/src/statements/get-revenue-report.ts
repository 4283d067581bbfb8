import type { Db, LedgerTransactionKind, Tx } from "@hunar/db/types";
import { accountKey } from "../ledger/accounts.ts";
import { monthKeys, PKT_INTERVAL, parsePeriod, pktMonthStart } from "./pakistan-time.ts";

export interface RevenueMonth {
  /** "2026-05", Pakistan time. */
  month: string;
  /** Fees paid by clients on funding, less client fees returned with full refunds. */
  clientFeesPaisa: bigint;
  /** Fees taken from freelancers' earnings on release (and in dispute settlements). */
  freelancerFeesPaisa: bigint;
  /** Anything else posted to revenue (manual adjustments), signed. */
  adjustmentsPaisa: bigint;
  totalPaisa: bigint;
}

export interface RevenueReport {
  year: number;
  months: RevenueMonth[];
  totals: Omit<RevenueMonth, "month">;
}

type Bucket = "clientFeesPaisa" | "freelancerFeesPaisa" | "adjustmentsPaisa";

// Dispute settlements can both take a freelancer fee (credit) and return a client fee (debit).
function bucketOf(kind: LedgerTransactionKind, credit: boolean): Bucket {
  if (kind === "ESCROW_FUNDED" || kind === "ESCROW_REFUNDED") return "clientFeesPaisa";
  if (kind === "ESCROW_RELEASED") return "freelancerFeesPaisa";
  if (kind === "DISPUTE_SETTLED") return credit ? "freelancerFeesPaisa" : "clientFeesPaisa";
  return "adjustmentsPaisa";
}

function zero(): Omit<RevenueMonth, "month"> {
  return { clientFeesPaisa: 0n, freelancerFeesPaisa: 0n, adjustmentsPaisa: 0n, totalPaisa: 0n };
}

/**
 * Platform revenue for a calendar year (Pakistan time), month by month, from the entries of the
 * PLATFORM_REVENUE account: one grouped query over its (accountId, createdAt) index range.
 * Authorization is the caller's (admins only).
 */
export async function getRevenueReport(db: Db | Tx, period: { year: number }): Promise<RevenueReport> {
  const { year } = parsePeriod({ year: period.year });
  const months = new Map(monthKeys(year, 1, 12).map((key) => [key, zero()]));
  const totals = zero();
  const account = await db.ledgerAccount.findUnique({ where: { key: accountKey({ type: "PLATFORM_REVENUE" }) }, select: { id: true } });
  if (account) {
    const rows = await db.$queryRaw<{ month: string; kind: LedgerTransactionKind; credits: bigint; debits: bigint }[]>`
      SELECT to_char(e."createdAt" + ${PKT_INTERVAL}, 'YYYY-MM') AS month, t.kind::text AS kind,
        SUM(GREATEST(e."amountPaisa", 0))::bigint AS credits, SUM(LEAST(e."amountPaisa", 0))::bigint AS debits
      FROM "LedgerEntry" e JOIN "LedgerTransaction" t ON t.id = e."transactionId"
      WHERE e."accountId" = ${account.id} AND e."createdAt" >= ${pktMonthStart(year, 1)} AND e."createdAt" < ${pktMonthStart(year + 1, 1)}
      GROUP BY 1, 2`;
    for (const row of rows) {
      const month = months.get(row.month);
      if (!month) continue;
      for (const [amount, credit] of [
        [BigInt(row.credits), true],
        [BigInt(row.debits), false],
      ] as const) {
        const bucket = bucketOf(row.kind, credit);
        month[bucket] += amount;
        month.totalPaisa += amount;
        totals[bucket] += amount;
        totals.totalPaisa += amount;
      }
    }
  }
  return { year, months: [...months].map(([month, values]) => ({ month, ...values })), totals };
}
