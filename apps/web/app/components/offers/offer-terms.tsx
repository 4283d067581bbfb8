import { formatDateTime, formatNumber } from "@hunar/i18n/format";
import { useTranslation } from "#app/utils/use-translation.ts";
import { money, useLocale } from "#app/components/wallet/money.tsx";

export interface OfferTermsView {
  title: string;
  description: string;
  pricePaisa: number;
  deliveryDays: number;
  revisions: number | null;
  status: string;
  expiresAt: Date | string | null;
  milestones: { title: string; amountPaisa: number; dueDays: number }[] | null;
}

/** A custom offer's terms as both parties read them: what, how much, how long, the plan, until when. */
export function OfferTerms({ offer }: { offer: OfferTermsView }) {
  const { t } = useTranslation("chat");
  const locale = useLocale();
  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 dir="auto" className="text-xl font-semibold">
          {offer.title}
        </h2>
        <span className="rounded-full bg-stone-100 px-3 py-1 text-sm">{t(`offer.status.${offer.status}`)}</span>
      </div>
      <p dir="auto" className="whitespace-pre-wrap leading-relaxed">
        {offer.description}
      </p>
      <dl className="grid grid-cols-2 gap-2 text-sm sm:grid-cols-4">
        <div>
          <dt className="text-stone-600">{t("offer.price")}</dt>
          <dd className="font-semibold">{money(offer.pricePaisa, locale)}</dd>
        </div>
        <div>
          <dt className="text-stone-600">{t("offer.delivery")}</dt>
          <dd>{t("offer.days", { count: offer.deliveryDays, days: formatNumber(offer.deliveryDays, locale) })}</dd>
        </div>
        <div>
          <dt className="text-stone-600">{t("offer.revisions")}</dt>
          <dd>{offer.revisions === null ? t("offer.unlimited") : formatNumber(offer.revisions, locale)}</dd>
        </div>
        {offer.expiresAt ? (
          <div>
            <dt className="text-stone-600">{t("offer.expires")}</dt>
            <dd>{formatDateTime(offer.expiresAt, locale)}</dd>
          </div>
        ) : null}
      </dl>
      {offer.milestones ? (
        <section className="flex flex-col gap-1">
          <h3 className="font-semibold">{t("offer.milestones")}</h3>
          <ol className="flex flex-col gap-1 text-sm">
            {offer.milestones.map((milestone, index) => (
              <li key={index} className="flex flex-wrap justify-between gap-2 border-b border-stone-100 py-1">
                <span dir="auto">
                  {formatNumber(index + 1, locale)}. {milestone.title}
                </span>
                <span>
                  {money(milestone.amountPaisa, locale)} · {t("offer.dueDay", { day: formatNumber(milestone.dueDays, locale) })}
                </span>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </div>
  );
}
