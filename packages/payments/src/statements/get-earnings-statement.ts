import { AppError } from "@hunar/core/app-error";
import type { Db, Tx } from "@hunar/db/types";
import { monthKeys, parsePeriod, pktMonthKey, pktMonthStart } from "./pakistan-time.ts";
import { EARNING_KINDS, loadStatementLines, type StatementLine } from "./statement-lines.ts";

export type { StatementLine } from "./statement-lines.ts";

export interface StatementTotals {
  /** Price of the work released to the freelancer, before Hunar's fee. */
  grossPaisa: bigint;
  feesPaisa: bigint;
  /** gross - fees: what was credited to the freelancer. */
  netEarnedPaisa: bigint;
  /** Sent to the freelancer's bank or wallet (PAYOUT_PAID). */
  paidOutPaisa: bigint;
  /** Corrections posted by hand, signed. */
  adjustmentsPaisa: bigint;
}

export interface EarningsStatement {
  userId: string;
  year: number;
  /** 1-12, or null for the whole year. */
  month: number | null;
  /** The period, Pakistani calendar: [from, to). */
  from: Date;
  to: Date;
  /** The statement is the freelancer's own, so it carries their tax identifiers. */
  holder: { displayName: string; city: string | null; cnic: string | null; ntn: string | null };
  lines: StatementLine[];
  totals: StatementTotals;
  /** One entry per calendar month of the period (twelve for a year), zero months included. */
  months: (StatementTotals & { month: string })[];
}

function emptyTotals(): StatementTotals {
  return { grossPaisa: 0n, feesPaisa: 0n, netEarnedPaisa: 0n, paidOutPaisa: 0n, adjustmentsPaisa: 0n };
}

function add(totals: StatementTotals, line: StatementLine): void {
  if (EARNING_KINDS.has(line.kind) && line.netPaisa > 0n) {
    totals.grossPaisa += line.grossPaisa;
    totals.feesPaisa += line.feePaisa;
    totals.netEarnedPaisa += line.netPaisa;
  } else if (line.kind === "PAYOUT_PAID") {
    // The line is money out (negative); the total says how much was paid out.
    totals.paidOutPaisa -= line.amountPaisa;
  } else if (!["EARNINGS_CLEARED", "PAYOUT_REQUESTED", "PAYOUT_REJECTED"].includes(line.kind)) {
    // Clearing and requesting only move money between the freelancer's own accounts.
    totals.adjustmentsPaisa += line.amountPaisa;
  }
}

/**
 * What a freelancer earned, paid in fees and withdrew in a calendar month or year (Pakistan
 * time), built from the ledger: releases into their pending earnings with the fee taken, the
 * clearance into available, and their payouts. For their records and tax filing.
 */
export async function getEarningsStatement(
  db: Db | Tx,
  userId: string,
  period: { year: number; month?: number | null },
): Promise<EarningsStatement> {
  const { year, month } = parsePeriod(period);
  const from = pktMonthStart(year, month ?? 1);
  const to = month === null ? pktMonthStart(year + 1, 1) : pktMonthStart(year, month + 1);
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { displayName: true, profile: { select: { city: true, cnic: true, ntn: true } } },
  });
  if (!user) throw new AppError("NOT_FOUND", "errors:notFound");
  const lines = await loadStatementLines(db, userId, from, to);

  const totals = emptyTotals();
  const byMonth = new Map(monthKeys(year, month ?? 1, month === null ? 12 : 1).map((key) => [key, emptyTotals()]));
  for (const line of lines) {
    add(totals, line);
    const monthTotals = byMonth.get(pktMonthKey(line.date));
    if (monthTotals) add(monthTotals, line);
  }
  return {
    userId,
    year,
    month,
    from,
    to,
    holder: {
      displayName: user.displayName,
      city: user.profile?.city ?? null,
      cnic: user.profile?.cnic ?? null,
      ntn: user.profile?.ntn ?? null,
    },
    lines,
    totals,
    months: [...byMonth].map(([key, monthTotals]) => ({ month: key, ...monthTotals })),
  };
}
