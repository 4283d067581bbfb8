import { validateInput } from "@hunar/core/parse-input";
import { PASSWORD_MAX, PASSWORD_MIN, ZChangePassword } from "@hunar/auth/validation";
import { Alert } from "@hunar/ui/alert";
import { Button } from "@hunar/ui/button";
import { TextField } from "@hunar/ui/field";
import { Card } from "@hunar/ui/layout";
import { useEffect, useRef } from "react";
import { useTranslation } from "#app/utils/use-translation.ts";
import { Form } from "react-router";
import { useFormValidation } from "#app/hooks/use-form-validation.ts";
import { useMessage } from "#app/hooks/use-message.ts";
import { formValues } from "#app/utils/form-data.ts";
import type { FormResult } from "./form-result.ts";

const validatePasswords = (form: HTMLFormElement) => {
  const result = validateInput(ZChangePassword, formValues(form));
  return result.ok ? {} : result.fields;
};

export function ChangePasswordForm({ result }: { result: FormResult | undefined }) {
  const { t } = useTranslation("account");
  const message = useMessage();
  const formRef = useRef<HTMLFormElement>(null);
  const { formProps, errorFor } = useFormValidation(validatePasswords, result?.errors?.fields);

  // Passwords never linger in the form once they have been changed.
  useEffect(() => {
    if (result?.done) formRef.current?.reset();
  }, [result]);

  return (
    <Card className="flex flex-col gap-4">
      <div className="flex flex-col gap-1">
        <h2 className="text-xl font-bold">{t("settings.passwordTitle")}</h2>
        <p className="text-stone-700">{t("settings.passwordIntro")}</p>
      </div>
      {result?.done ? <Alert tone="success">{t("settings.passwordChanged")}</Alert> : null}
      {result?.errors?.form ? <Alert tone="error">{message(result.errors.form)}</Alert> : null}
      <Form method="post" ref={formRef} className="flex max-w-lg flex-col gap-5" {...formProps}>
        <input type="hidden" name="_action" value="password" />
        <TextField
          name="currentPassword"
          type="password"
          label={t("fields.currentPassword")}
          autoComplete="current-password"
          dir="ltr"
          required
          maxLength={PASSWORD_MAX}
          error={message(errorFor("currentPassword"))}
        />
        <TextField
          name="newPassword"
          type="password"
          label={t("fields.newPassword")}
          hint={t("fields.passwordHint", { min: PASSWORD_MIN })}
          autoComplete="new-password"
          dir="ltr"
          required
          minLength={PASSWORD_MIN}
          maxLength={PASSWORD_MAX}
          error={message(errorFor("newPassword"))}
        />
        <div>
          <Button type="submit">{t("settings.changePassword")}</Button>
        </div>
      </Form>
    </Card>
  );
}
