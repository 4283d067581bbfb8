import type { Locale } from "@hunar/i18n/config";
import { formatMoney } from "@hunar/i18n/format";
import { Alert } from "@hunar/ui/alert";
import { Button, buttonClassName } from "@hunar/ui/button";
import { TextField } from "@hunar/ui/field";
import { Card } from "@hunar/ui/layout";
import { SelectField } from "@hunar/ui/select";
import { useTranslation } from "#app/utils/use-translation.ts";
import { Form, Link } from "react-router";
import { useMessage } from "#app/hooks/use-message.ts";
import type { FormErrors } from "#app/utils/form-errors.ts";
import { formatAccountNumber } from "./account-number.ts";

export interface WithdrawMethodView {
  id: string;
  rail: string;
  accountTitle: string;
  accountNumber: string;
  isDefault: boolean;
}

export interface WithdrawResult {
  errors: FormErrors | null;
  values: { payoutMethodId: string; amount: string } | null;
}

/**
 * Withdrawal request. The request key is made fresh by each render of the page and travels with
 * the form, so a double click or a resubmitted POST asks for one payout, not two.
 */
export function WithdrawForm(props: {
  methods: readonly WithdrawMethodView[];
  availablePaisa: bigint;
  minimumPaisa: number;
  requestKey: string;
  result: WithdrawResult | undefined;
  locale: Locale;
}) {
  const { methods, availablePaisa, minimumPaisa, requestKey, result, locale } = props;
  const { t } = useTranslation("earnings");
  const message = useMessage();
  const minimum = formatMoney(minimumPaisa, locale);
  return (
    <Card className="flex flex-col gap-4">
      <h2 id="withdraw-heading" className="text-xl font-semibold">
        {t("withdraw.title")}
      </h2>
      {methods.length === 0 ? (
        <div className="flex flex-col items-start gap-3">
          <p className="text-stone-700">{t("withdraw.noMethods")}</p>
          <Link to="/earnings/payout-methods" className={buttonClassName("primary")}>
            {t("withdraw.addMethod")}
          </Link>
        </div>
      ) : (
        <Form method="post" aria-labelledby="withdraw-heading" className="flex flex-col gap-4">
          {availablePaisa < BigInt(minimumPaisa) ? <Alert tone="info">{t("withdraw.belowMinimum", { minimum })}</Alert> : null}
          {result?.errors?.form ? <Alert tone="error">{message(result.errors.form)}</Alert> : null}
          <input type="hidden" name="requestKey" value={requestKey} />
          <SelectField
            name="payoutMethodId"
            label={t("withdraw.method")}
            required
            defaultValue={result?.values?.payoutMethodId ?? methods.find((m) => m.isDefault)?.id ?? methods[0]?.id}
            error={message(result?.errors?.fields.payoutMethodId)}
          >
            {methods.map((method) => (
              <option key={method.id} value={method.id}>
                {`${t(`rails.${method.rail}`)} · ${method.accountTitle} · ${formatAccountNumber(method.rail, method.accountNumber)}${method.isDefault ? ` ${t("withdraw.defaultSuffix")}` : ""}`}
              </option>
            ))}
          </SelectField>
          <TextField
            name="amount"
            label={t("withdraw.amount")}
            hint={t("withdraw.amountHint", { minimum, available: formatMoney(availablePaisa, locale) })}
            inputMode="decimal"
            autoComplete="off"
            dir="ltr"
            required
            defaultValue={result?.values?.amount ?? ""}
            error={message(result?.errors?.fields.amount ?? result?.errors?.fields.amountPaisa)}
            className="max-w-xs"
          />
          <div className="flex flex-wrap items-center gap-3">
            <Button type="submit" name="intent" value="withdraw">
              {t("withdraw.submit")}
            </Button>
            <Link to="/earnings/payout-methods" className="text-emerald-800 hover:underline">
              {t("withdraw.manageMethods")}
            </Link>
          </div>
        </Form>
      )}
    </Card>
  );
}
