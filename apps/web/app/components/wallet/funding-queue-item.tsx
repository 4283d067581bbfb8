import { formatDate } from "@hunar/i18n/format";
import { Alert } from "@hunar/ui/alert";
import { Button } from "@hunar/ui/button";
import { TextAreaField } from "@hunar/ui/text-area";
import { useTranslation } from "#app/utils/use-translation.ts";
import { Form } from "react-router";
import { useMessage } from "#app/hooks/use-message.ts";
import type { FormErrors } from "#app/utils/form-errors.ts";
import { isolate, money, useLocale } from "./money.tsx";

export interface QueuedFundingView {
  id: string;
  amountPaisa: string;
  rail: string;
  providerReference: string;
  createdAt: Date | string;
  client: { displayName: string; email: string };
  order: { number: number; totalPaisa: number } | null;
}

/** One transfer waiting for an admin: who, how much, which rail and reference; confirm or reject with a reason. */
export function FundingQueueItem({
  item,
  result,
}: {
  item: QueuedFundingView;
  result?: { values: { reason: string } | null; errors: FormErrors | null } | undefined;
}) {
  const { t } = useTranslation("wallet");
  const locale = useLocale();
  const message = useMessage();
  const label = `${money(item.amountPaisa, locale)} · ${item.providerReference}`;
  return (
    <Form method="post" aria-label={label} className="flex flex-col gap-3 rounded-lg border border-stone-200 bg-white p-4">
      <input type="hidden" name="fundingRequestId" value={item.id} />
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <p className="text-xl font-bold" data-figure="funding-amount">
          {money(item.amountPaisa, locale)}
        </p>
        <p className="text-sm text-stone-600">
          {t("adminFunding.submitted", { date: formatDate(item.createdAt, locale, { dateStyle: "medium", timeStyle: "short" }) })}
        </p>
      </div>
      <p>
        {t(`payments:rails.${item.rail}`)}
        {" · "}
        <bdi dir="ltr" className="font-mono">
          {item.providerReference}
        </bdi>
      </p>
      <p className="text-sm text-stone-700">
        {t("adminFunding.from", { name: isolate(item.client.displayName), email: isolate(item.client.email) })}
      </p>
      {item.order ? (
        <p className="text-sm text-stone-700">
          {t("wallet.forOrder", { number: item.order.number })} · {t("orders.total", { amount: money(item.order.totalPaisa, locale) })}
        </p>
      ) : null}
      {result?.errors?.form && !result.errors.fields.reason ? <Alert tone="error">{message(result.errors.form)}</Alert> : null}
      <TextAreaField
        name="reason"
        label={t("adminFunding.reason")}
        hint={t("adminFunding.reasonHint")}
        rows={2}
        required
        maxLength={500}
        dir="auto"
        defaultValue={result?.values?.reason ?? ""}
        error={message(result?.errors?.fields.reason)}
      />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" name="decision" value="confirm">
          {t("adminFunding.confirm")}
        </Button>
        <Button type="submit" name="decision" value="reject" variant="danger">
          {t("adminFunding.reject")}
        </Button>
      </div>
    </Form>
  );
}
