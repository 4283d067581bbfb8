import { formatDate } from "@hunar/i18n/format";
import { Button } from "@hunar/ui/button";
import { useTranslation } from "#app/utils/use-translation.ts";
import { Form } from "react-router";
import { isolate, money, useLocale } from "./money.tsx";

export interface FundingRowView {
  id: string;
  amountPaisa: string;
  rail: string;
  providerReference: string;
  status: string;
  rejectionReason: string | null;
  createdAt: Date | string;
}

/** The client's own transfers with their status; a pending one can still be cancelled. */
export function FundingList({ requests }: { requests: FundingRowView[] }) {
  const { t } = useTranslation("wallet");
  const locale = useLocale();
  if (requests.length === 0) return <p className="text-stone-700">{t("wallet.requestsEmpty")}</p>;
  return (
    <ul className="flex flex-col gap-2">
      {requests.map((request) => (
        <li key={request.id} className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-stone-200 bg-white p-3">
          <div className="flex flex-col gap-1">
            <span>
              {t("wallet.requestLine", {
                amount: money(request.amountPaisa, locale),
                rail: t(`payments:rails.${request.rail}`),
                reference: isolate(request.providerReference),
              })}
            </span>
            <span className="text-sm text-stone-700">
              {formatDate(request.createdAt, locale, { dateStyle: "medium", timeStyle: "short" })}
              {" · "}
              <strong data-funding-status={request.status}>{t(`payments:fundingStatus.${request.status}`)}</strong>
            </span>
            {request.rejectionReason ? (
              <span className="text-sm text-red-800">
                {t("wallet.rejected", { reason: "" })}
                <bdi>{request.rejectionReason}</bdi>
              </span>
            ) : null}
          </div>
          {request.status === "PENDING" ? (
            <Form method="post">
              <input type="hidden" name="intent" value="cancel" />
              <input type="hidden" name="fundingRequestId" value={request.id} />
              <Button type="submit" variant="secondary" size="sm">
                {t("wallet.cancel")}
              </Button>
            </Form>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
