import type { Db } from "@hunar/db/client";
import { type EarningsStatement, getEarningsStatement } from "@hunar/payments/statements/get-earnings-statement";
import { parseStatementPeriod } from "#app/components/earnings/statement-period.ts";
import type { StatementTotalsView, StatementView } from "#app/components/earnings/statement-view.tsx";

/** The domain's statement for the period in the address (this month when it is not a period). */
export async function loadRawStatement(db: Db, userId: string, params: URLSearchParams, now: Date) {
  const { period, valid } = parseStatementPeriod(params, now);
  const statement = await getEarningsStatement(db, userId, period);
  return { statement, period, valid };
}

/** The statement as the page shows it; the holder's CNIC/NTN come with it (it is their own). */
export async function loadStatement(
  db: Db,
  userId: string,
  params: URLSearchParams,
  now: Date,
): Promise<{ statement: StatementView; valid: boolean }> {
  const { statement, valid } = await loadRawStatement(db, userId, params, now);
  return { statement: toView(statement), valid };
}

const totalsView = (totals: EarningsStatement["totals"]): StatementTotalsView => ({
  grossPaisa: totals.grossPaisa,
  feesPaisa: totals.feesPaisa,
  netPaisa: totals.netEarnedPaisa,
  paidOutPaisa: totals.paidOutPaisa,
});

function toView(statement: EarningsStatement): StatementView {
  return {
    year: statement.year,
    month: statement.month,
    holder: { displayName: statement.holder.displayName, cnic: statement.holder.cnic, ntn: statement.holder.ntn },
    totals: totalsView(statement.totals),
    // A month's statement is its own single row; the table is for the twelve months of a year.
    months: statement.month === null ? statement.months.map((row) => ({ ...totalsView(row), month: Number(row.month.slice(5, 7)) })) : [],
    entries: statement.lines.map((line) => ({
      id: line.transactionId,
      date: line.date,
      kind: line.kind,
      orderNumber: line.orderNumber,
      orderTitle: line.orderTitle,
      payoutAccount: line.payoutAccount,
      payoutReference: line.payoutReference,
      amountPaisa: line.amountPaisa,
    })),
  };
}
