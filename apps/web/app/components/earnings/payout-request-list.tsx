import type { Locale } from "@hunar/i18n/config";
import { formatDate, formatMoney } from "@hunar/i18n/format";
import { Button } from "@hunar/ui/button";
import { useTranslation } from "#app/utils/use-translation.ts";
import { Form } from "react-router";
import { formatAccountNumber } from "./account-number.ts";
import { PayoutStatusBadge } from "./payout-status-badge.tsx";

export interface PayoutRequestView {
  id: string;
  amountPaisa: bigint;
  rail: string;
  accountTitle: string;
  accountNumber: string;
  status: string;
  providerReference: string | null;
  rejectionReason: string | null;
  createdAt: Date;
  processedAt: Date | null;
}

/** The freelancer's payout requests, newest first, each with where it stands. */
export function PayoutRequestList({ payouts, locale }: { payouts: readonly PayoutRequestView[]; locale: Locale }) {
  const { t } = useTranslation("earnings");
  return (
    <section aria-labelledby="payouts-heading" className="flex flex-col gap-3">
      <h2 id="payouts-heading" className="text-xl font-semibold">
        {t("payouts.title")}
      </h2>
      {payouts.length === 0 ? (
        <p className="text-stone-700">{t("payouts.empty")}</p>
      ) : (
        <ul className="flex flex-col divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
          {payouts.map((payout) => (
            <li key={payout.id} data-payout={payout.id} className="flex flex-wrap items-start justify-between gap-3 p-4">
              <div className="flex flex-col gap-1">
                <div className="flex flex-wrap items-center gap-2">
                  <span className="text-lg font-semibold">{formatMoney(payout.amountPaisa, locale)}</span>
                  <PayoutStatusBadge status={payout.status} />
                </div>
                <p className="text-sm text-stone-700">
                  {t("payouts.to")} {t(`rails.${payout.rail}`)} · <bdi>{payout.accountTitle}</bdi> ·{" "}
                  <bdi dir="ltr">{formatAccountNumber(payout.rail, payout.accountNumber)}</bdi>
                </p>
                <p className="text-sm text-stone-600">{t("payouts.requestedOn", { date: formatDate(payout.createdAt, locale) })}</p>
                {payout.status === "PAID" ? (
                  <p className="text-sm text-emerald-900">
                    {payout.processedAt ? `${t("payouts.paidOn", { date: formatDate(payout.processedAt, locale) })} · ` : null}
                    {t("payouts.reference")}{" "}
                    <bdi dir="ltr" className="font-mono">
                      {payout.providerReference}
                    </bdi>
                  </p>
                ) : null}
                {payout.status === "REJECTED" && payout.rejectionReason ? (
                  <p className="text-sm text-red-900">
                    {t("payouts.rejectedBecause")} <bdi dir="auto">{payout.rejectionReason}</bdi>
                  </p>
                ) : null}
              </div>
              {payout.status === "REQUESTED" ? (
                <Form method="post">
                  <input type="hidden" name="payoutRequestId" value={payout.id} />
                  <Button type="submit" name="intent" value="cancel" variant="secondary" size="sm">
                    {t("payouts.cancel")}
                  </Button>
                </Form>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
