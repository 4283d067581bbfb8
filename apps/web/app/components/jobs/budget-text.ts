import type { Locale } from "@hunar/i18n/config";
import { bidiIsolate, formatMoney } from "@hunar/i18n/format";
import type { TFunction } from "i18next";

/** A job's budget as a sentence: "Fixed price: Rs 5,000" or "Budget: Rs 5,000 to Rs 20,000". */
export function jobBudgetText(
  job: { budgetType: string; budgetMinPaisa: number | null; budgetMaxPaisa: number | null },
  locale: Locale,
  t: TFunction,
): string {
  // "Rs 5,000" is its own left-to-right island inside an Urdu sentence.
  const money = (paisa: number) => bidiIsolate(formatMoney(paisa, locale), locale);
  if (job.budgetMinPaisa === null || job.budgetMaxPaisa === null) return t("jobs:search.card.budgetUnknown");
  if (job.budgetType === "FIXED" || job.budgetMinPaisa === job.budgetMaxPaisa) {
    return t("jobs:search.card.budgetFixed", { amount: money(job.budgetMinPaisa) });
  }
  return t("jobs:search.card.budgetRange", { min: money(job.budgetMinPaisa), max: money(job.budgetMaxPaisa) });
}
