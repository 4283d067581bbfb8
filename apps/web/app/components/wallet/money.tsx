import type { Locale } from "@hunar/i18n/config";
import { formatMoney, formatPercent } from "@hunar/i18n/format";
import { useTranslation } from "#app/utils/use-translation.ts";

/**
 * Amounts travel from loaders as strings of paisa (ledger balances are BigInt, and a string
 * survives any serialisation); numbers from order rows are accepted as they are.
 */
export type PaisaValue = string | number | bigint;

export function money(paisa: PaisaValue, locale: Locale): string {
  return formatMoney(typeof paisa === "string" ? BigInt(paisa) : paisa, locale);
}

/** A fee rate in basis points as a percentage: 200 → "2%", 250 → "2.5%" (bidi-isolated on Urdu pages). */
export function rate(bps: number, locale: Locale): string {
  return formatPercent(bps / 10_000, locale);
}

/**
 * Someone's name or a reference put into a translated sentence: wrapped in Unicode isolates
 * (FSI … PDI) so a Latin name next to digits cannot reorder an Urdu sentence, as <bdi> does for
 * markup.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

export function useLocale(): Locale {
  return useTranslation().i18n.language as Locale;
}

export interface OrderFigures {
  subtotalPaisa: number;
  clientFeePaisa: number;
  clientFeeBps: number;
  totalPaisa: number;
}

/**
 * Package price, each extra bought, client fee with its rate, total: the same lines on the
 * checkout (`live`, as ticking an extra changes them), the payment page and (with "paid"
 * wording) the invoice, all from the figures the domain computed. The subtotal includes the
 * extras, so the package's own price is what is left of it.
 */
export function FigureLines({
  figures,
  extras = [],
  paid = false,
  live = false,
}: {
  figures: OrderFigures;
  extras?: readonly { id: string; title: string; pricePaisa: number }[];
  paid?: boolean;
  live?: boolean;
}) {
  const { t } = useTranslation("wallet");
  const locale = useLocale();
  const packagePaisa = extras.reduce((rest, extra) => rest - extra.pricePaisa, figures.subtotalPaisa);
  return (
    <dl className="flex flex-col gap-2" aria-live={live ? "polite" : undefined}>
      <div className="flex justify-between gap-4">
        <dt>{t("figures.packagePrice")}</dt>
        <dd data-figure={extras.length > 0 ? "package" : "subtotal"}>{money(packagePaisa, locale)}</dd>
      </div>
      {extras.map((extra) => (
        <div key={extra.id} className="flex justify-between gap-4" data-extra={extra.id}>
          <dt>
            <bdi>{extra.title}</bdi>
          </dt>
          <dd>+{money(extra.pricePaisa, locale)}</dd>
        </div>
      ))}
      {extras.length > 0 ? (
        <div className="flex justify-between gap-4">
          <dt>{t("checkout.subtotal")}</dt>
          <dd data-figure="subtotal">{money(figures.subtotalPaisa, locale)}</dd>
        </div>
      ) : null}
      <div className="flex justify-between gap-4">
        <dt>{t("figures.clientFee", { rate: rate(figures.clientFeeBps, locale) })}</dt>
        <dd data-figure="client-fee">{money(figures.clientFeePaisa, locale)}</dd>
      </div>
      <div className="flex justify-between gap-4 border-t border-stone-200 pt-2 text-lg font-bold">
        <dt>{t(paid ? "figures.totalPaid" : "figures.total")}</dt>
        <dd data-figure="total">{money(figures.totalPaisa, locale)}</dd>
      </div>
    </dl>
  );
}
