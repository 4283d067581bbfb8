import type { Locale } from "@hunar/i18n/config";
import { formatDate, formatMoney } from "@hunar/i18n/format";
import { payoutDestination, payoutReferenceText, statementLineLabel } from "@hunar/payments/statements/line-labels";
import { Card } from "@hunar/ui/layout";
import type { TFunction } from "i18next";
import { useTranslation } from "#app/utils/use-translation.ts";

export interface StatementTotalsView {
  grossPaisa: bigint;
  feesPaisa: bigint;
  netPaisa: bigint;
  paidOutPaisa: bigint;
}

export interface StatementEntryView {
  id: string;
  date: Date;
  kind: string;
  orderNumber: number | null;
  orderTitle: string | null;
  /** Where a payout went; the number cut to its last four characters. */
  payoutAccount: { rail: string; accountTitle: string; accountNumberEnding: string } | null;
  /** The bank's or wallet's transaction reference of a payout that was sent. */
  payoutReference: string | null;
  /** Signed: money in positive, money out (a payout requested or sent) negative. */
  amountPaisa: bigint;
}

export interface StatementView {
  year: number;
  month: number | null;
  holder: { displayName: string; cnic: string | null; ntn: string | null };
  totals: StatementTotalsView;
  /** The year's twelve months (year statements only). */
  months: (StatementTotalsView & { month: number })[];
  entries: StatementEntryView[];
}

const monthName = (year: number, month: number, locale: Locale, style: "long" | "short" = "long") =>
  formatDate(new Date(Date.UTC(year, month - 1, 15)), locale, { month: style, year: "numeric", timeZone: "UTC" });

export function statementTitle(statement: { year: number; month: number | null }, locale: Locale, t: TFunction<"earnings">) {
  return statement.month
    ? t("statements.monthTitle", { month: monthName(statement.year, statement.month, locale) })
    : t("statements.yearTitle", { year: String(statement.year) });
}

function EntryDetail({ entry }: { entry: StatementEntryView }) {
  const { t } = useTranslation("earnings");
  if (entry.orderTitle) {
    return (
      <span className="block text-stone-700">
        <bdi dir="auto">{entry.orderTitle}</bdi>
        {entry.orderNumber !== null ? (
          <>
            {" "}
            · <bdi dir="ltr">#{entry.orderNumber}</bdi>
          </>
        ) : null}
      </span>
    );
  }
  // The same words as the CSV, from the one owner of statement-line wording.
  const destination = payoutDestination(entry, t, { isolated: true });
  const reference = payoutReferenceText(entry, t);
  if (!destination) return null;
  return (
    <>
      <span className="block text-stone-700">{destination}</span>
      {reference ? (
        <span className="block text-stone-700" data-payout-reference>
          {reference}
        </span>
      ) : null}
    </>
  );
}

const COLUMNS = ["gross", "fees", "net", "paidOut"] as const;
const amountOf = (totals: StatementTotalsView, column: (typeof COLUMNS)[number]) => totals[`${column}Paisa`];

/**
 * A statement as the freelancer files it: who (with CNIC/NTN when entered, on their own statement
 * only), the totals, the months of the year, and every entry. Laid out to print on plain paper.
 */
export function StatementSheet({ statement, locale, generatedAt }: { statement: StatementView; locale: Locale; generatedAt: Date }) {
  const { t } = useTranslation("earnings");
  const { holder, totals } = statement;
  return (
    <Card className="flex flex-col gap-6 print:border-0 print:p-0 print:shadow-none">
      <header className="flex flex-col gap-1">
        <h2 className="text-2xl font-bold">{statementTitle(statement, locale, t)}</h2>
        <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm text-stone-700">
          <div className="flex gap-1">
            <dt>{t("statements.statementFor")}</dt>
            <dd className="font-semibold">
              <bdi>{holder.displayName}</bdi>
            </dd>
          </div>
          {holder.cnic ? (
            <div className="flex gap-1">
              <dt>{t("statements.cnic")}</dt>
              <dd dir="ltr">{holder.cnic}</dd>
            </div>
          ) : null}
          {holder.ntn ? (
            <div className="flex gap-1">
              <dt>{t("statements.ntn")}</dt>
              <dd dir="ltr">{holder.ntn}</dd>
            </div>
          ) : null}
        </dl>
        <p className="text-sm text-stone-600">{t("statements.generatedOn", { date: formatDate(generatedAt, locale) })}</p>
      </header>

      <section aria-labelledby="statement-totals">
        <h3 id="statement-totals" className="mb-2 text-lg font-semibold">
          {t("statements.totals")}
        </h3>
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          {COLUMNS.map((column) => (
            <div key={column} className="rounded-md bg-stone-50 p-3 print:border print:border-stone-300">
              <dt className="text-sm text-stone-700">{t(`statements.${column}`)}</dt>
              <dd className="text-lg font-bold" data-total={column}>
                {formatMoney(amountOf(totals, column), locale)}
              </dd>
            </div>
          ))}
        </dl>
      </section>

      {statement.months.length > 0 ? (
        <section aria-labelledby="statement-months" className="overflow-x-auto">
          <h3 id="statement-months" className="mb-2 text-lg font-semibold">
            {t("statements.byMonth")}
          </h3>
          <table className="w-full border-collapse text-sm">
            <thead>
              <tr className="border-b border-stone-300">
                <th scope="col" className="py-2 text-start">
                  {t("statements.month")}
                </th>
                {COLUMNS.map((column) => (
                  <th key={column} scope="col" className="py-2 text-end">
                    {t(`statements.${column}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {statement.months.map((row) => (
                <tr key={row.month} className="border-b border-stone-100">
                  <th scope="row" className="py-2 text-start font-normal">
                    <a
                      href={`/earnings/statements?year=${statement.year}&month=${row.month}`}
                      className="text-emerald-800 hover:underline print:text-inherit print:no-underline"
                    >
                      {monthName(statement.year, row.month, locale)}
                    </a>
                  </th>
                  {COLUMNS.map((column) => (
                    <td key={column} className="py-2 text-end whitespace-nowrap">
                      {formatMoney(amountOf(row, column), locale)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}

      <section aria-labelledby="statement-entries" className="overflow-x-auto">
        <h3 id="statement-entries" className="mb-2 text-lg font-semibold">
          {t("statements.entries")}
        </h3>
        {statement.entries.length === 0 ? (
          <p className="text-stone-700">{t("statements.noEntries")}</p>
        ) : (
          <table className="w-full border-collapse text-sm">
            <thead>
              <tr className="border-b border-stone-300">
                <th scope="col" className="py-2 text-start">
                  {t("statements.date")}
                </th>
                <th scope="col" className="py-2 text-start">
                  {t("statements.description")}
                </th>
                <th scope="col" className="py-2 text-end">
                  {t("statements.amount")}
                </th>
              </tr>
            </thead>
            <tbody>
              {statement.entries.map((entry) => (
                <tr key={entry.id} className="border-b border-stone-100">
                  <td className="py-2 whitespace-nowrap">{formatDate(entry.date, locale)}</td>
                  <td className="py-2">
                    <span className="font-medium">{statementLineLabel(entry, t)}</span>
                    <EntryDetail entry={entry} />
                  </td>
                  <td className="py-2 text-end whitespace-nowrap">
                    <bdi dir="ltr">{formatMoney(entry.amountPaisa, locale, { signed: true })}</bdi>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </Card>
  );
}
