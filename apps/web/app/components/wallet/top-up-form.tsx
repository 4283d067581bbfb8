import { Button } from "@hunar/ui/button";
import { TextField } from "@hunar/ui/field";
import { ChoiceGroup } from "@hunar/ui/choice-group";
import { useTranslation } from "#app/utils/use-translation.ts";
import { Form } from "react-router";
import { useMessage } from "#app/hooks/use-message.ts";
import type { FormErrors } from "#app/utils/form-errors.ts";
import { ManualTransferFields, type PaymentOptionsView } from "./payment-choices.tsx";

export interface TopUpValues {
  amount?: string;
  method?: string;
  rail?: string;
  reference?: string;
}

/** Add money to the wallet: test money when the sandbox is on, otherwise a manual transfer. */
export function TopUpForm({
  options,
  values,
  errors,
}: {
  options: PaymentOptionsView;
  values?: TopUpValues | null | undefined;
  errors?: FormErrors | null | undefined;
}) {
  const { t } = useTranslation("wallet");
  const message = useMessage();
  const choices = [
    ...(options.sandboxEnabled ? [{ value: "sandbox", label: t("pay.sandbox") }] : []),
    { value: "manual", label: t("pay.manual") },
  ];
  return (
    <Form method="post" className="flex flex-col gap-4">
      <input type="hidden" name="intent" value="topUp" />
      <TextField
        name="amount"
        label={t("wallet.amount")}
        hint={t("wallet.amountHint")}
        inputMode="numeric"
        dir="ltr"
        defaultValue={values?.amount ?? ""}
        error={message(errors?.fields.amount ?? errors?.fields.amountPaisa)}
        required
      />
      <ChoiceGroup
        name="method"
        legend={t("wallet.method")}
        choices={choices}
        defaultValue={values?.method ?? "manual"}
        error={message(errors?.fields.method)}
      />
      {options.sandboxEnabled ? <p className="text-sm text-stone-600">{t("pay.sandboxHint")}</p> : null}
      <ManualTransferFields
        amountPaisa={null}
        accounts={options.receivingAccounts}
        rail={values?.rail || options.receivingAccounts[0]?.rail}
        values={values}
        errors={errors}
      />
      <div className="flex flex-wrap gap-3">
        <Button type="submit">{t("wallet.topUp")}</Button>
      </div>
    </Form>
  );
}
