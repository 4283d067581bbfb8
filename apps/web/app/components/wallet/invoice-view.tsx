import { cityName } from "@hunar/i18n/cities";
import { formatDate } from "@hunar/i18n/format";
import type { OrderInvoice } from "@hunar/payments/statements/get-order-invoice";
import { useTranslation } from "#app/utils/use-translation.ts";
import { InvoiceMilestones } from "./invoice-milestones.tsx";
import { money, rate, useLocale } from "./money.tsx";

type Party = { name: string; city: string | null; cnic?: string | null; ntn?: string | null };

function PartyBlock({ title, party }: { title: string; party: Party }) {
  const { t } = useTranslation("wallet");
  const locale = useLocale();
  return (
    <div className="flex flex-col gap-1">
      <h2 className="text-sm font-semibold text-stone-600">{title}</h2>
      <p className="font-semibold">
        <bdi>{party.name}</bdi>
      </p>
      {party.city ? (
        <p>
          <bdi>{cityName(party.city, locale)}</bdi>
        </p>
      ) : null}
      {party.cnic ? (
        <p>
          {t("invoice.cnic")}: <bdi dir="ltr">{party.cnic}</bdi>
        </p>
      ) : null}
      {party.ntn ? (
        <p>
          {t("invoice.ntn")}: <bdi dir="ltr">{party.ntn}</bdi>
        </p>
      ) : null}
    </div>
  );
}

function Line({ label, value, figure, strong = false }: { label: string; value: string; figure: string; strong?: boolean }) {
  return (
    <tr className={strong ? "border-t-2 border-stone-800 text-lg font-bold" : "border-t border-stone-200"}>
      <th scope="row" className="py-2 text-start font-normal">
        {strong ? <strong>{label}</strong> : label}
      </th>
      <td className="py-2 text-end" data-figure={figure}>
        {value}
      </td>
    </tr>
  );
}

/**
 * The document's title: the client's copy is an invoice, the freelancer's a receipt for what
 * they earned ("آرڈر نمبر 1042 کی آمدنی کی رسید"), never "invoice".
 */
export function invoiceHeading(
  invoice: Pick<OrderInvoice, "copy" | "order">,
  t: (key: string, options?: Record<string, unknown>) => string,
): string {
  const key = invoice.copy === "CLIENT_INVOICE" ? "wallet:invoice.heading" : "wallet:invoice.receiptHeading";
  return t(key, { number: invoice.order.number });
}

/**
 * The client's invoice (package price, client fee, total) or the freelancer's receipt (package
 * price, freelancer fee, what they receive), laid out for paper as well as the screen.
 */
export function InvoiceView({ invoice }: { invoice: OrderInvoice }) {
  const { t } = useTranslation("wallet");
  const locale = useLocale();
  const { order, amounts, rates } = invoice;
  const clientCopy = invoice.copy === "CLIENT_INVOICE";
  const dateTime = (date: Date | string) => formatDate(date, locale, { dateStyle: "long" });
  return (
    <article className="flex flex-col gap-6 rounded-lg border border-stone-200 bg-white p-6 print:border-0 print:p-0">
      <header className="flex flex-wrap items-start justify-between gap-4 border-b border-stone-200 pb-4">
        <div className="flex flex-col gap-1">
          <p className="text-2xl font-bold text-emerald-800">{t("invoice.issuer")}</p>
          <h1 className="text-xl font-bold">{invoiceHeading(invoice, t)}</h1>
          <p className="text-stone-700">{t(`invoice.copy.${invoice.copy}`)}</p>
        </div>
        <dl className="grid grid-cols-[auto_auto] gap-x-4 gap-y-1 text-sm">
          <dt className="text-stone-600">{t("invoice.number")}</dt>
          <dd>{order.number}</dd>
          <dt className="text-stone-600">{t(clientCopy ? "invoice.date" : "invoice.receiptDate")}</dt>
          <dd>{dateTime(order.createdAt)}</dd>
          <dt className="text-stone-600">{t("invoice.paidOn")}</dt>
          <dd>{order.fundedAt ? dateTime(order.fundedAt) : t("invoice.notPaid")}</dd>
          <dt className="text-stone-600">{t("invoice.status")}</dt>
          <dd data-order-status={order.status}>{t(`orderStatus.${order.status}`)}</dd>
        </dl>
      </header>
      <div className="grid gap-4 sm:grid-cols-2 print:grid-cols-2">
        <PartyBlock title={t(clientCopy ? "invoice.billedTo" : "invoice.receiptClient")} party={invoice.client} />
        <PartyBlock title={t(clientCopy ? "invoice.freelancer" : "invoice.receivedBy")} party={invoice.freelancer} />
      </div>
      <table className="w-full border-collapse">
        <thead>
          <tr className="text-sm text-stone-600">
            <th scope="col" className="py-2 text-start font-semibold">
              {t("invoice.item")}
            </th>
            <th scope="col" className="py-2 text-end font-semibold">
              {t("invoice.amount")}
            </th>
          </tr>
        </thead>
        <tbody>
          <tr className="border-t border-stone-200">
            <th scope="row" className="py-2 text-start font-normal">
              <span className="block text-sm text-stone-600">{t("invoice.gross")}</span>
              <bdi>{order.title}</bdi>
            </th>
            <td className="py-2 text-end" data-figure="gross">
              {money(amounts.subtotalPaisa, locale)}
            </td>
          </tr>
          {clientCopy ? (
            <>
              <Line
                label={t("invoice.clientFee", { rate: rate(rates.clientFeeBps, locale) })}
                value={money(amounts.clientFeePaisa, locale)}
                figure="client-fee"
              />
              <Line label={t("invoice.total")} value={money(amounts.totalPaisa, locale)} figure="total" strong />
            </>
          ) : (
            <>
              <Line
                label={t("invoice.freelancerFee", { rate: rate(rates.freelancerFeeBps, locale) })}
                value={money(amounts.freelancerFeePaisa, locale)}
                figure="freelancer-fee"
              />
              <Line label={t("invoice.freelancerNet")} value={money(amounts.freelancerNetPaisa, locale)} figure="freelancer-net" strong />
            </>
          )}
        </tbody>
      </table>
      {invoice.milestones.length > 0 ? (
        <InvoiceMilestones milestones={invoice.milestones} clientCopy={clientCopy} totalPaidPaisa={amounts.totalPaidPaisa} />
      ) : null}
      <p className="text-sm text-stone-600">{t("figures.noBidFee")}</p>
    </article>
  );
}
