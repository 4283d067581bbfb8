import { Alert } from "@hunar/ui/alert";
import { Button } from "@hunar/ui/button";
import { ChoiceGroup } from "@hunar/ui/choice-group";
import { TextField } from "@hunar/ui/field";
import { Card } from "@hunar/ui/layout";
import { useState } from "react";
import { useTranslation } from "#app/utils/use-translation.ts";
import { Form } from "react-router";
import { useMessage } from "#app/hooks/use-message.ts";
import type { FormErrors } from "#app/utils/form-errors.ts";
import { PAYOUT_RAILS, type PayoutRail } from "./account-number.ts";

export interface PayoutMethodValues {
  rail: string;
  accountTitle: string;
  accountNumber: string;
  bankName: string;
}

const PLACEHOLDERS: Record<PayoutRail, string> = {
  IBAN: "PK36SCBL0000001123456702",
  RAAST: "03XX-XXXXXXX",
  JAZZCASH: "03XX-XXXXXXX",
  EASYPAISA: "03XX-XXXXXXX",
};

const isRail = (value: string): value is PayoutRail => (PAYOUT_RAILS as readonly string[]).includes(value);

/**
 * Add a bank account or mobile wallet. Without JavaScript the hint names every rail's format;
 * once hydrated, the hint and placeholder follow the chosen rail.
 */
export function PayoutMethodForm({ values, errors }: { values: PayoutMethodValues | null; errors: FormErrors | null }) {
  const { t } = useTranslation("earnings");
  const message = useMessage();
  const [rail, setRail] = useState<PayoutRail | null>(values && isRail(values.rail) ? values.rail : null);
  return (
    <Card className="flex flex-col gap-4">
      <h2 id="add-method-heading" className="text-xl font-semibold">
        {t("methods.addTitle")}
      </h2>
      {errors?.form ? <Alert tone="error">{message(errors.form)}</Alert> : null}
      <Form
        method="post"
        aria-labelledby="add-method-heading"
        className="flex flex-col gap-4"
        onChange={(event) => {
          const target: EventTarget = event.target;
          if (target instanceof HTMLInputElement && target.name === "rail" && isRail(target.value)) setRail(target.value);
        }}
      >
        <ChoiceGroup
          name="rail"
          legend={t("methods.rail")}
          required
          defaultValue={values?.rail ?? "JAZZCASH"}
          choices={PAYOUT_RAILS.map((value) => ({ value, label: t(`rails.${value}`) }))}
          error={message(errors?.fields.rail)}
        />
        <TextField
          name="accountTitle"
          label={t("methods.accountTitle")}
          hint={t("methods.accountTitleHint")}
          dir="auto"
          required
          maxLength={120}
          autoComplete="name"
          defaultValue={values?.accountTitle ?? ""}
          error={message(errors?.fields.accountTitle)}
        />
        <TextField
          name="accountNumber"
          label={t("methods.accountNumber")}
          hint={rail ? t(`methods.hints.${rail}`) : t("methods.accountNumberHint")}
          placeholder={rail ? PLACEHOLDERS[rail] : undefined}
          dir="ltr"
          required
          maxLength={40}
          autoComplete="off"
          spellCheck={false}
          defaultValue={values?.accountNumber ?? ""}
          error={message(errors?.fields.accountNumber)}
        />
        <TextField
          name="bankName"
          label={t("methods.bankName")}
          hint={t("methods.bankNameHint")}
          dir="auto"
          maxLength={120}
          defaultValue={values?.bankName ?? ""}
          error={message(errors?.fields.bankName)}
        />
        <div>
          <Button type="submit" name="intent" value="add">
            {t("methods.submit")}
          </Button>
        </div>
      </Form>
    </Card>
  );
}
