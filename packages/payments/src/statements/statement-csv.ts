import type { Locale } from "@hunar/i18n/config";
import { createT } from "@hunar/i18n/translate";
import type { EarningsStatement } from "./get-earnings-statement.ts";
import { pktIsoDate } from "./pakistan-time.ts";
import { payoutDestination, statementLineLabel } from "./line-labels.ts";
import type { StatementLine } from "./statement-lines.ts";

const COLUMNS = ["date", "type", "orderNumber", "description", "reference", "gross", "fee", "net", "amount"] as const;

/** Paisa as rupees with two decimals, a plain number spreadsheets read ("-1234.50"); exact. */
export function rupeesCell(paisa: bigint): string {
  const negative = paisa < 0n;
  const abs = negative ? -paisa : paisa;
  return `${negative ? "-" : ""}${abs / 100n}.${(abs % 100n).toString().padStart(2, "0")}`;
}

/** RFC 4180: a field with a comma, quote or line break is quoted and its quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * Text that starts like a formula (= + - @) gets an apostrophe in front so a spreadsheet shows
 * it instead of running it: order titles are typed by other people. Amounts are ours and stay
 * plain numbers.
 */
export function formulaSafe(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function description(line: StatementLine, t: ReturnType<typeof createT>): string {
  return line.orderTitle ?? payoutDestination(line, t) ?? "";
}

/**
 * The statement as a CSV file: a header row in the reader's language, ISO dates (Pakistan
 * time), amounts in rupees as plain numbers, signed (money out negative), each payout's transfer
 * reference in its own column. Starts with a UTF-8 byte order mark, without which
 * Excel reads the file as ANSI and shows Urdu as mojibake.
 */
export function statementCsv(statement: EarningsStatement, locale: Locale): string {
  const t = createT(locale);
  const rows = [COLUMNS.map((column) => t(`payments:statementCsv.${column}`))];
  for (const line of statement.lines) {
    const earning = line.netPaisa > 0n;
    rows.push([
      pktIsoDate(line.date),
      statementLineLabel(line, t),
      line.orderNumber === null ? "" : String(line.orderNumber),
      formulaSafe(description(line, t)),
      formulaSafe(line.payoutReference ?? ""),
      earning ? rupeesCell(line.grossPaisa) : "",
      earning ? rupeesCell(line.feePaisa) : "",
      earning ? rupeesCell(line.netPaisa) : "",
      rupeesCell(line.amountPaisa),
    ]);
  }
  return `\uFEFF${rows.map((row) => row.map(csvField).join(",")).join("\r\n")}\r\n`;
}
