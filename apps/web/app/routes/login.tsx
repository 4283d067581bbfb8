import { serializeSessionCookie } from "@hunar/auth/cookie";
import { logIn } from "@hunar/auth/log-in";
import { validateInput } from "@hunar/core/parse-input";
import { EMAIL_MAX, PASSWORD_MAX, ZLogIn } from "@hunar/auth/validation";
import { Alert } from "@hunar/ui/alert";
import { Button } from "@hunar/ui/button";
import { TextField } from "@hunar/ui/field";
import { Card, Container } from "@hunar/ui/layout";
import { useTranslation } from "#app/utils/use-translation.ts";
import { Form, Link, redirect, useNavigation, useSearchParams } from "react-router";
import { useFormValidation } from "#app/hooks/use-form-validation.ts";
import { useMessage } from "#app/hooks/use-message.ts";
import { formErrorResponse } from "#app/utils/action-errors.server.ts";
import { requireAnonymous } from "#app/utils/auth.server.ts";
import { formValues, readForm, textField } from "#app/utils/form-data.ts";
import { assertTrustedOrigin } from "#app/utils/origin.server.ts";
import { safeRedirectPath } from "#app/utils/redirect.ts";
import type { Route } from "./+types/login";

export async function loader({ request, context }: Route.LoaderArgs) {
  await requireAnonymous(request, context);
  return null;
}

export async function action({ request, context }: Route.ActionArgs) {
  assertTrustedOrigin(request, context);
  await requireAnonymous(request, context);
  const form = await readForm(request);
  const values = { email: textField(form, "email") };
  let result;
  try {
    result = await logIn(
      { db: context.db, limiter: context.limiter, passwordHashing: context.passwordHashing },
      { ...values, password: textField(form, "password") },
      { ip: context.ip, userAgent: request.headers.get("User-Agent") },
    );
  } catch (error) {
    return formErrorResponse(error, { values });
  }
  return redirect(safeRedirectPath(form.get("redirectTo")), {
    headers: { "Set-Cookie": serializeSessionCookie(result.token, result.session.expiresAt) },
  });
}

const validateLogIn = (form: HTMLFormElement) => {
  const result = validateInput(ZLogIn, formValues(form));
  return result.ok ? {} : result.fields;
};

export default function LogIn({ actionData }: Route.ComponentProps) {
  const { t } = useTranslation("account");
  const message = useMessage();
  const [params] = useSearchParams();
  const navigation = useNavigation();
  const { formProps, errorFor } = useFormValidation(validateLogIn, actionData?.errors.fields);
  const redirectTo = params.get("redirectTo") ?? "";

  return (
    <Container className="flex justify-center py-10">
      <title>{`${t("logIn.title")} · ${t("common:appName")}`}</title>
      <Card className="flex w-full max-w-md flex-col gap-6">
        <div className="flex flex-col gap-1">
          <h1 className="text-2xl font-bold">{t("logIn.title")}</h1>
          <p className="text-stone-700">{t("logIn.intro")}</p>
        </div>
        {params.get("reset") === "done" && !actionData ? <Alert tone="success">{t("logIn.passwordReset")}</Alert> : null}
        {actionData?.errors.form ? <Alert tone="error">{message(actionData.errors.form)}</Alert> : null}
        <Form method="post" className="flex flex-col gap-5" {...formProps}>
          <input type="hidden" name="redirectTo" value={redirectTo} />
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
          <TextField
            name="password"
            type="password"
            label={t("fields.password")}
            autoComplete="current-password"
            dir="ltr"
            required
            maxLength={PASSWORD_MAX}
            error={message(errorFor("password"))}
          />
          <Link to="/forgot-password" className="-mt-3 self-start text-sm text-emerald-800 underline underline-offset-4">
            {t("logIn.forgotPassword")}
          </Link>
          <Button type="submit" size="lg" disabled={navigation.state === "submitting"}>
            {t("logIn.submit")}
          </Button>
        </Form>
        <p className="text-stone-700">
          {t("logIn.noAccount")}{" "}
          <Link
            to={redirectTo ? `/signup?redirectTo=${encodeURIComponent(redirectTo)}` : "/signup"}
            className="text-emerald-800 underline underline-offset-4"
          >
            {t("logIn.signUpLink")}
          </Link>
        </p>
      </Card>
    </Container>
  );
}
