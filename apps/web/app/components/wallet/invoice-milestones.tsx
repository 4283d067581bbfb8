import { formatDate, formatNumber } from "@hunar/i18n/format";
import type { InvoiceMilestone } from "@hunar/payments/statements/get-order-invoice";
import { useTranslation } from "#app/utils/use-translation.ts";
import { money, useLocale } from "./money.tsx";

/**
 * A contract's milestones on its invoice: each one's price, and on the client's copy its fee
 * share and when it was paid, with what has been paid so far, since a contract's total is
 * charged a milestone at a time and may never all be paid.
 */
export function InvoiceMilestones({
  milestones,
  clientCopy,
  totalPaidPaisa,
}: {
  milestones: readonly InvoiceMilestone[];
  clientCopy: boolean;
  totalPaidPaisa: number;
}) {
  const { t } = useTranslation("wallet");
  const locale = useLocale();
  const cell = "py-2 text-start";
  return (
    <section className="flex flex-col gap-2" aria-labelledby="invoice-milestones">
      <h2 id="invoice-milestones" className="text-lg font-semibold">
        {t("invoice.milestones.heading")}
      </h2>
      <table className="w-full border-collapse text-sm">
        <thead>
          <tr className="text-stone-600">
            <th scope="col" className={`${cell} font-semibold`}>
              {t("invoice.milestones.milestone")}
            </th>
            <th scope="col" className="py-2 text-end font-semibold">
              {t("invoice.milestones.amount")}
            </th>
            {clientCopy ? (
              <th scope="col" className="py-2 text-end font-semibold">
                {t("invoice.milestones.clientFee")}
              </th>
            ) : null}
            <th scope="col" className={`${cell} ps-4 font-semibold`}>
              {t("invoice.milestones.paidOn")}
            </th>
            <th scope="col" className={`${cell} font-semibold`}>
              {t("invoice.milestones.status")}
            </th>
          </tr>
        </thead>
        <tbody>
          {milestones.map((m) => (
            <tr key={m.position} className="border-t border-stone-200" data-milestone={m.position} data-funded={m.funded}>
              <th scope="row" className={`${cell} font-normal`}>
                {formatNumber(m.position, locale)}. <bdi>{m.title}</bdi>
              </th>
              <td className="py-2 text-end">{money(m.amountPaisa, locale)}</td>
              {clientCopy ? <td className="py-2 text-end">{money(m.clientFeePaisa, locale)}</td> : null}
              <td className={`${cell} ps-4`}>
                {m.fundedAt ? formatDate(m.fundedAt, locale, { dateStyle: "long" }) : t("invoice.notPaid")}
              </td>
              <td className={cell} data-milestone-status={m.status}>
                {t(`orders:milestones.status.${m.status}`)}
              </td>
            </tr>
          ))}
        </tbody>
        {clientCopy ? (
          <tfoot>
            <tr className="border-t-2 border-stone-800 font-bold">
              <th scope="row" className={cell}>
                {t("invoice.milestones.paidSoFar")}
              </th>
              <td className="py-2 text-end" data-figure="total-paid">
                {money(totalPaidPaisa, locale)}
              </td>
            </tr>
          </tfoot>
        ) : null}
      </table>
    </section>
  );
}
