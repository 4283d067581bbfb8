import type { Locale } from "@hunar/i18n/config";
import { formatDate, formatMoney } from "@hunar/i18n/format";
import { Alert } from "@hunar/ui/alert";
import { Button } from "@hunar/ui/button";
import { TextField } from "@hunar/ui/field";
import { Card } from "@hunar/ui/layout";
import { TextAreaField } from "@hunar/ui/text-area";
import { useTranslation } from "#app/utils/use-translation.ts";
import { Form, Link } from "react-router";
import { useMessage } from "#app/hooks/use-message.ts";
import type { FormErrors } from "#app/utils/form-errors.ts";
import { formatAccountNumber } from "./account-number.ts";

export interface QueuedPayoutView {
  id: string;
  amountPaisa: bigint;
  rail: string;
  accountTitle: string;
  accountNumber: string;
  bankName: string | null;
  createdAt: Date;
  freelancer: { id: string; displayName: string; handle: string | null };
}

export interface AdminPayoutResult {
  errors: FormErrors | null;
  values: { reference: string; reason: string } | null;
}

/**
 * One payout waiting for the admin: who, where to send it (the details copied when it was
 * requested), how much; then the transfer reference to mark it paid, or a reason to reject it.
 */
export function AdminPayoutItem({
  payout,
  result,
  locale,
}: {
  payout: QueuedPayoutView;
  result: AdminPayoutResult | undefined;
  locale: Locale;
}) {
  const { t } = useTranslation("earnings");
  const message = useMessage();
  const headingId = `payout-${payout.id}`;
  const amount = formatMoney(payout.amountPaisa, locale);
  return (
    <Card className="flex flex-col gap-3">
      <h2 id={headingId} className="flex flex-wrap items-baseline gap-x-3 text-lg font-semibold">
        <span>{amount}</span>
        <bdi className="font-normal">{payout.freelancer.displayName}</bdi>
      </h2>
      <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="text-stone-600">{t("admin.freelancer")}</dt>
        <dd>
          {payout.freelancer.handle ? (
            <Link to={`/u/${encodeURIComponent(payout.freelancer.handle)}`} className="text-emerald-800 hover:underline">
              <bdi>{payout.freelancer.displayName}</bdi> <bdi dir="ltr">@{payout.freelancer.handle}</bdi>
            </Link>
          ) : (
            <bdi>{payout.freelancer.displayName}</bdi>
          )}
        </dd>
        <dt className="text-stone-600">{t("admin.method")}</dt>
        <dd>
          {t(`rails.${payout.rail}`)} · <bdi dir="auto">{payout.accountTitle}</bdi> ·{" "}
          <bdi dir="ltr" className="font-mono">
            {formatAccountNumber(payout.rail, payout.accountNumber)}
          </bdi>
          {payout.bankName ? (
            <>
              {" · "}
              <bdi dir="auto">{payout.bankName}</bdi>
            </>
          ) : null}
        </dd>
        <dt className="text-stone-600">{t("admin.amount")}</dt>
        <dd className="font-semibold">{amount}</dd>
      </dl>
      <p className="text-sm text-stone-600">
        {t("admin.requestedAt", { date: formatDate(payout.createdAt, locale, { dateStyle: "medium", timeStyle: "short" }) })}
      </p>
      {result?.errors?.form ? <Alert tone="error">{message(result.errors.form)}</Alert> : null}
      <div className="grid gap-4 md:grid-cols-2">
        <Form
          method="post"
          aria-label={`${t("admin.markPaid")}: ${payout.freelancer.displayName}, ${amount}`}
          className="flex flex-col gap-2"
        >
          <input type="hidden" name="payoutRequestId" value={payout.id} />
          <TextField
            name="reference"
            label={t("admin.reference")}
            hint={t("admin.referenceHint")}
            dir="ltr"
            required
            maxLength={100}
            autoComplete="off"
            defaultValue={result?.values?.reference ?? ""}
            error={message(result?.errors?.fields.reference)}
          />
          <div>
            <Button type="submit" name="intent" value="pay">
              {t("admin.markPaid")}
            </Button>
          </div>
        </Form>
        <Form
          method="post"
          aria-label={`${t("admin.reject")}: ${payout.freelancer.displayName}, ${amount}`}
          className="flex flex-col gap-2"
        >
          <input type="hidden" name="payoutRequestId" value={payout.id} />
          <TextAreaField
            name="reason"
            label={t("admin.reason")}
            hint={t("admin.reasonHint")}
            dir="auto"
            rows={2}
            required
            maxLength={1000}
            defaultValue={result?.values?.reason ?? ""}
            error={message(result?.errors?.fields.reason)}
          />
          <div>
            <Button type="submit" name="intent" value="reject" variant="danger">
              {t("admin.reject")}
            </Button>
          </div>
        </Form>
      </div>
    </Card>
  );
}
