import { validateInput } from "@hunar/core/parse-input";
import { ZAccountSettings } from "@hunar/auth/update-settings";
import { NAME_MAX } from "@hunar/auth/validation";
import { LOCALE_NAMES, SUPPORTED_LOCALES } from "@hunar/i18n/config";
import { Alert } from "@hunar/ui/alert";
import { Button } from "@hunar/ui/button";
import { ChoiceGroup } from "@hunar/ui/choice-group";
import { TextField } from "@hunar/ui/field";
import { Card } from "@hunar/ui/layout";
import { useTranslation } from "#app/utils/use-translation.ts";
import { Form } from "react-router";
import { useFormValidation } from "#app/hooks/use-form-validation.ts";
import { useMessage } from "#app/hooks/use-message.ts";
import { formValues } from "#app/utils/form-data.ts";
import type { FormResult } from "./form-result.ts";

const validateSettings = (form: HTMLFormElement) => {
  const result = validateInput(ZAccountSettings, formValues(form));
  return result.ok ? {} : result.fields;
};

export function ProfileForm({
  settings,
  result,
}: {
  settings: { displayName: string; preferredLocale: string };
  result: FormResult | undefined;
}) {
  const { t } = useTranslation("account");
  const message = useMessage();
  const { formProps, errorFor } = useFormValidation(validateSettings, result?.errors?.fields);
  const values = result?.values ?? settings;
  return (
    <Card className="flex flex-col gap-4">
      <h2 className="text-xl font-bold">{t("settings.profileTitle")}</h2>
      {result?.done ? <Alert tone="success">{t("settings.saved")}</Alert> : null}
      {result?.errors?.form ? <Alert tone="error">{message(result.errors.form)}</Alert> : null}
      <Form method="post" className="flex max-w-lg flex-col gap-5" {...formProps}>
        <input type="hidden" name="_action" value="profile" />
        <TextField
          name="displayName"
          label={t("fields.displayName")}
          autoComplete="name"
          dir="auto"
          required
          maxLength={NAME_MAX}
          defaultValue={values.displayName}
          error={message(errorFor("displayName"))}
        />
        <ChoiceGroup
          name="preferredLocale"
          legend={t("fields.preferredLocale")}
          required
          defaultValue={values.preferredLocale}
          error={message(errorFor("preferredLocale"))}
          choices={SUPPORTED_LOCALES.map((locale) => ({ value: locale, label: LOCALE_NAMES[locale], lang: locale }))}
        />
        <div>
          <Button type="submit">{t("settings.save")}</Button>
        </div>
      </Form>
    </Card>
  );
}
