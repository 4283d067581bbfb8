import { requestPasswordReset } from "@hunar/auth/request-password-reset";
import { EMAIL_MAX, ZForgotPassword } from "@hunar/auth/validation";
import { validateInput } from "@hunar/core/parse-input";
import { Alert } from "@hunar/ui/alert";
import { Button } from "@hunar/ui/button";
import { TextField } from "@hunar/ui/field";
import { Card, Container } from "@hunar/ui/layout";
import { useTranslation } from "#app/utils/use-translation.ts";
import { Form, Link, useNavigation } from "react-router";
import { isolate } from "#app/components/wallet/money.tsx";
import { useFormValidation } from "#app/hooks/use-form-validation.ts";
import { useMessage } from "#app/hooks/use-message.ts";
import { authMailDeps } from "#app/utils/account-mail.server.ts";
import { formErrorResponse } from "#app/utils/action-errors.server.ts";
import { formValues, readForm, textField } from "#app/utils/form-data.ts";
import { assertTrustedOrigin } from "#app/utils/origin.server.ts";
import type { Route } from "./+types/forgot-password";

// Open to everyone, signed in or not: the answer never says whether the address has an account.

export async function action({ request, context }: Route.ActionArgs) {
  assertTrustedOrigin(request, context);
  const form = await readForm(request);
  const values = { email: textField(form, "email") };
  try {
    await requestPasswordReset(authMailDeps(context), values, { ip: context.ip, userAgent: request.headers.get("User-Agent") });
  } catch (error) {
    return formErrorResponse(error, { values, sentTo: null });
  }
  return { values, sentTo: values.email.trim(), errors: undefined };
}

const validateForgotPassword = (form: HTMLFormElement) => {
  const result = validateInput(ZForgotPassword, formValues(form));
  return result.ok ? {} : result.fields;
};

export default function ForgotPassword({ actionData }: Route.ComponentProps) {
  const { t } = useTranslation("account");
  const message = useMessage();
  const navigation = useNavigation();
  const { formProps, errorFor } = useFormValidation(validateForgotPassword, actionData?.errors?.fields);

  return (
    <Container className="flex justify-center py-10">
      <title>{`${t("forgotPassword.title")} · ${t("common:appName")}`}</title>
      <Card className="flex w-full max-w-md flex-col gap-6">
        <div className="flex flex-col gap-1">
          <h1 className="text-2xl font-bold">{t("forgotPassword.title")}</h1>
          <p className="text-stone-700">{t("forgotPassword.intro")}</p>
        </div>
        {actionData?.sentTo ? <Alert tone="success">{t("forgotPassword.sent", { email: isolate(actionData.sentTo) })}</Alert> : null}
        {actionData?.errors?.form ? <Alert tone="error">{message(actionData.errors.form)}</Alert> : null}
        <Form method="post" className="flex flex-col gap-5" {...formProps}>
          <TextField
            name="email"
            type="email"
            label={t("fields.email")}
            autoComplete="email"
            dir="ltr"
            required
            maxLength={EMAIL_MAX}
            defaultValue={actionData?.values.email}
            error={message(errorFor("email"))}
          />
          <Button type="submit" size="lg" disabled={navigation.state === "submitting"}>
            {t("forgotPassword.submit")}
          </Button>
        </Form>
        <Link to="/login" className="text-emerald-800 underline underline-offset-4">
          {t("forgotPassword.backToLogIn")}
        </Link>
      </Card>
    </Container>
  );
}
