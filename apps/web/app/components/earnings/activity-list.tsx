import type { Locale } from "@hunar/i18n/config";
import { formatDate, formatMoney } from "@hunar/i18n/format";
import { statementLineLabel } from "@hunar/payments/statements/line-labels";
import { useTranslation } from "#app/utils/use-translation.ts";

export interface ActivityView {
  id: string;
  createdAt: Date;
  kind: string;
  amountPaisa: bigint;
  orderNumber: number | null;
  orderTitle: string | null;
}

/** Recent movements of the freelancer's money, newest first; credits and debits told apart by sign and colour. */
export function ActivityList({ items, locale }: { items: readonly ActivityView[]; locale: Locale }) {
  const { t } = useTranslation("earnings");
  return (
    <section aria-labelledby="activity-heading" className="flex flex-col gap-3">
      <h2 id="activity-heading" className="text-xl font-semibold">
        {t("activity.title")}
      </h2>
      {items.length === 0 ? (
        <p className="text-stone-700">{t("activity.empty")}</p>
      ) : (
        <table className="w-full border-collapse text-start text-sm">
          <thead>
            <tr className="border-b border-stone-300 text-stone-700">
              <th scope="col" className="py-2 text-start font-medium">
                {t("activity.date")}
              </th>
              <th scope="col" className="py-2 text-start font-medium">
                {t("activity.description")}
              </th>
              <th scope="col" className="py-2 text-end font-medium">
                {t("activity.amount")}
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.id} className="border-b border-stone-100">
                <td className="py-2 whitespace-nowrap">{formatDate(item.createdAt, locale)}</td>
                <td className="py-2">
                  {/* Worded as on the statement and its CSV. */}
                  {statementLineLabel(item, t)}
                  {item.orderTitle ? (
                    <span className="block text-stone-600">
                      <bdi dir="auto">{item.orderTitle}</bdi>
                      {item.orderNumber !== null ? (
                        <>
                          {" "}
                          · <bdi dir="ltr">#{item.orderNumber}</bdi>
                        </>
                      ) : null}
                    </span>
                  ) : null}
                </td>
                <td
                  className={`py-2 text-end font-semibold whitespace-nowrap ${item.amountPaisa < 0n ? "text-red-800" : "text-emerald-800"}`}
                >
                  <bdi dir="ltr">
                    {item.amountPaisa > 0n ? "+" : ""}
                    {formatMoney(item.amountPaisa, locale)}
                  </bdi>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
