import type { Locale } from "@hunar/i18n/config";
import { formatDate, formatMoney } from "@hunar/i18n/format";
import { Card } from "@hunar/ui/layout";
import { useTranslation } from "#app/utils/use-translation.ts";

export interface BalancesView {
  available: bigint;
  pending: bigint;
  clearing: bigint;
  /** The next release waiting to clear, if any: how much and when. */
  nextClearing: { amountPaisa: bigint; clearsAt: Date } | null;
}

/** Available, pending (and when the next part clears) and in payout, side by side. */
export function BalanceCards({ balances, locale }: { balances: BalancesView; locale: Locale }) {
  const { t } = useTranslation("earnings");
  const next = balances.nextClearing;
  const cards = [
    { key: "available", label: t("dashboard.available"), amount: balances.available, note: t("dashboard.availableHint"), strong: true },
    {
      key: "pending",
      label: t("dashboard.pending"),
      amount: balances.pending,
      note: next
        ? t("dashboard.pendingClears", { amount: formatMoney(next.amountPaisa, locale), date: formatDate(next.clearsAt, locale) })
        : t("dashboard.pendingNone"),
      strong: false,
    },
    { key: "clearing", label: t("dashboard.inPayout"), amount: balances.clearing, note: t("dashboard.inPayoutHint"), strong: false },
  ];
  return (
    <section aria-labelledby="balances-heading">
      <h2 id="balances-heading" className="sr-only">
        {t("dashboard.balances")}
      </h2>
      <dl className="grid gap-4 sm:grid-cols-3">
        {cards.map((card) => (
          <Card key={card.key} className={card.strong ? "border-emerald-300 bg-emerald-50" : undefined}>
            <dt className="text-sm font-medium text-stone-700">{card.label}</dt>
            <dd className="mt-1 text-2xl font-bold" data-balance={card.key}>
              {formatMoney(card.amount, locale)}
            </dd>
            <dd className="mt-1 text-sm text-stone-600">{card.note}</dd>
          </Card>
        ))}
      </dl>
    </section>
  );
}
