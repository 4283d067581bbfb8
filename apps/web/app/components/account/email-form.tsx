import { EMAIL_MAX, PASSWORD_MAX, ZChangeEmail } from "@hunar/auth/validation";
import { validateInput } from "@hunar/core/parse-input";
import { Alert } from "@hunar/ui/alert";
import { Button } from "@hunar/ui/button";
import { TextField } from "@hunar/ui/field";
import { Card } from "@hunar/ui/layout";
import { useEffect, useRef } from "react";
import { useTranslation } from "#app/utils/use-translation.ts";
import { Form, Link } from "react-router";
import { isolate } from "#app/components/wallet/money.tsx";
import { useFormValidation } from "#app/hooks/use-form-validation.ts";
import { useMessage } from "#app/hooks/use-message.ts";
import { formValues } from "#app/utils/form-data.ts";
import type { FormResult } from "./form-result.ts";

const validateEmailChange = (form: HTMLFormElement) => {
  const result = validateInput(ZChangeEmail, formValues(form));
  return result.ok ? {} : result.fields;
};

/** The account's address, whether it is confirmed, and the form that moves it to another one. */
export function EmailForm({
  email,
  verified,
  result,
}: {
  email: string;
  verified: boolean;
  result: (FormResult & { sentTo?: string }) | undefined;
}) {
  const { t } = useTranslation("account");
  const message = useMessage();
  const formRef = useRef<HTMLFormElement>(null);
  const { formProps, errorFor } = useFormValidation(validateEmailChange, result?.errors?.fields);

  useEffect(() => {
    if (result?.done) formRef.current?.reset();
  }, [result]);

  return (
    <Card className="flex flex-col gap-4">
      <div className="flex flex-col gap-1">
        <h2 className="text-xl font-bold">{t("settings.emailTitle")}</h2>
        <p>
          {t("settings.emailCurrent", { email: isolate(email) })}{" "}
          <span className={verified ? "font-semibold text-emerald-800" : "font-semibold text-amber-800"}>
            {verified ? t("settings.emailVerified") : t("settings.emailUnverified")}
          </span>
          {verified ? null : (
            <>
              {" "}
              <Link to="/verify-email" className="text-emerald-800 underline underline-offset-4">
                {t("verifyPending.resend")}
              </Link>
            </>
          )}
        </p>
        <p className="text-stone-700">{t("settings.emailIntro")}</p>
      </div>
      {result?.done && result.sentTo ? (
        <Alert tone="success">{t("settings.emailChangeSent", { email: isolate(result.sentTo) })}</Alert>
      ) : null}
      {result?.errors?.form ? <Alert tone="error">{message(result.errors.form)}</Alert> : null}
      <Form method="post" ref={formRef} className="flex max-w-lg flex-col gap-5" {...formProps}>
        <input type="hidden" name="_action" value="email" />
        <TextField
          name="newEmail"
          type="email"
          label={t("fields.newEmail")}
          autoComplete="email"
          dir="ltr"
          required
          maxLength={EMAIL_MAX}
          defaultValue={result?.done ? undefined : result?.values?.newEmail}
          error={message(errorFor("newEmail"))}
        />
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
        <div>
          <Button type="submit">{t("settings.changeEmail")}</Button>
        </div>
      </Form>
    </Card>
  );
}
