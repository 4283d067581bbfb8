import { ltrIsolate } from "@hunar/i18n/format";

// The words of a statement line, in one place: the printed statement and its CSV both ask here,
// so a payout is worded the same on paper and in a spreadsheet. Browser safe (types only).

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** A ledger kind (LedgerTransactionKind) and rail (PaymentRail); strings, as pages receive them. */
export interface LabelledLine {
  kind: string;
  payoutAccount: { rail: string; accountTitle: string; accountNumberEnding: string } | null;
  payoutReference: string | null;
}

/** What happened: "Earnings from order", "Payout sent to you"… */
export function statementLineLabel(line: Pick<LabelledLine, "kind">, t: Translate): string {
  return t(`payments:statementLines.${line.kind}`, { defaultValue: t("payments:statementLines.ADJUSTMENT") });
}

const isolate = (text: string) => `\u2068${text}\u2069`;

/**
 * Where a payout went, the account cut to its last four characters: "Raast · Ayesha Khan ·
 * ••••6702". On a page (`isolated`) the title and the number are bidi isolates, so a Latin title
 * beside an Urdu rail name cannot reorder them; a CSV cell gets plain text.
 */
export function payoutDestination(line: Pick<LabelledLine, "payoutAccount">, t: Translate, { isolated = false } = {}): string | null {
  if (!line.payoutAccount) return null;
  const { rail, accountTitle, accountNumberEnding } = line.payoutAccount;
  const ending = `••••${accountNumberEnding}`;
  return [t(`payments:rails.${rail}`), isolated ? isolate(accountTitle) : accountTitle, isolated ? ltrIsolate(ending) : ending].join(" · ");
}

/** A sent payout's transaction reference, labelled, for a page ("Transfer reference: FT2603…"). */
export function payoutReferenceText(line: Pick<LabelledLine, "payoutReference">, t: Translate): string | null {
  return line.payoutReference ? t("payments:statementLines.reference", { reference: ltrIsolate(line.payoutReference) }) : null;
}
