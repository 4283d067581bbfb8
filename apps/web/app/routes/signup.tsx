import { serializeSessionCookie } from "@hunar/auth/cookie";
import { validateInput } from "@hunar/core/parse-input";
import { signUp } from "@hunar/auth/sign-up";
import { ACCOUNT_INTENTS, NAME_MAX, PASSWORD_MAX, PASSWORD_MIN, ZSignUp, EMAIL_MAX } from "@hunar/auth/validation";
import { LOCALE_NAMES, SUPPORTED_LOCALES, type Locale } from "@hunar/i18n/config";
import { Alert } from "@hunar/ui/alert";
import { Button } from "@hunar/ui/button";
import { ChoiceGroup } from "@hunar/ui/choice-group";
import { TextField } from "@hunar/ui/field";
import { Card, Container } from "@hunar/ui/layout";
import { useTranslation } from "#app/utils/use-translation.ts";
import { Form, Link, redirect, useNavigation, useSearchParams } from "react-router";
import { useFormValidation } from "#app/hooks/use-form-validation.ts";
import { useMessage } from "#app/hooks/use-message.ts";
import { authMailDeps } from "#app/utils/account-mail.server.ts";
import { formErrorResponse } from "#app/utils/action-errors.server.ts";
import { requireAnonymous } from "#app/utils/auth.server.ts";
import { formValues, readForm, textField } from "#app/utils/form-data.ts";
import { serializeLocaleCookie } from "#app/utils/locale.server.ts";
import { assertTrustedOrigin } from "#app/utils/origin.server.ts";
import { safeRedirectPath } from "#app/utils/redirect.ts";
import type { Route } from "./+types/signup";

export async function loader({ request, context }: Route.LoaderArgs) {
  await requireAnonymous(request, context);
  return null;
}

export async function action({ request, context }: Route.ActionArgs) {
  assertTrustedOrigin(request, context);
  await requireAnonymous(request, context);
  const form = await readForm(request);
  // Everything but the password is sent back so a rejected form keeps what was typed.
  const values = {
    name: textField(form, "name"),
    email: textField(form, "email"),
    intent: textField(form, "intent"),
    locale: textField(form, "locale"),
  };
  let result;
  try {
    result = await signUp(
      authMailDeps(context),
      { ...values, password: textField(form, "password") },
      { ip: context.ip, userAgent: request.headers.get("User-Agent") },
    );
  } catch (error) {
    return formErrorResponse(error, { values });
  }
  const headers = new Headers();
  headers.append("Set-Cookie", serializeSessionCookie(result.token, result.session.expiresAt));
  // The language picked here is an explicit choice: the site switches to it right away.
  headers.append("Set-Cookie", serializeLocaleCookie(result.user.preferredLocale));
  return redirect(safeRedirectPath(form.get("redirectTo")), { headers });
}

const validateSignUp = (form: HTMLFormElement) => {
  const result = validateInput(ZSignUp, formValues(form));
  return result.ok ? {} : result.fields;
};

export default function SignUp({ actionData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation("account");
  const message = useMessage();
  const [params] = useSearchParams();
  const navigation = useNavigation();
  const { formProps, errorFor } = useFormValidation(validateSignUp, actionData?.errors.fields);
  const values = actionData?.values;
  const intentFromLink = params.get("intent");
  const defaultIntent = values?.intent ?? (ACCOUNT_INTENTS.find((intent) => intent === intentFromLink) || undefined);

  return (
    <Container className="flex justify-center py-10">
      <title>{`${t("signUp.title")} · ${t("common:appName")}`}</title>
      <Card className="flex w-full max-w-lg flex-col gap-6">
        <div className="flex flex-col gap-1">
          <h1 className="text-2xl font-bold">{t("signUp.title")}</h1>
          <p className="text-stone-700">{t("signUp.intro")}</p>
        </div>
        {actionData?.errors.form ? <Alert tone="error">{message(actionData.errors.form)}</Alert> : null}
        <Form method="post" className="flex flex-col gap-5" {...formProps}>
          <input type="hidden" name="redirectTo" value={params.get("redirectTo") ?? ""} />
          <TextField
            name="name"
            label={t("fields.name")}
            hint={t("fields.nameHint")}
            autoComplete="name"
            dir="auto"
            required
            maxLength={NAME_MAX}
            defaultValue={values?.name}
            error={message(errorFor("name"))}
          />
          <TextField
            name="email"
            type="email"
            label={t("fields.email")}
            autoComplete="email"
            dir="ltr"
            required
            maxLength={EMAIL_MAX}
            defaultValue={values?.email}
            error={message(errorFor("email"))}
          />
          <TextField
            name="password"
            type="password"
            label={t("fields.password")}
            hint={t("fields.passwordHint", { min: PASSWORD_MIN })}
            autoComplete="new-password"
            dir="ltr"
            required
            minLength={PASSWORD_MIN}
            maxLength={PASSWORD_MAX}
            error={message(errorFor("password"))}
          />
          <ChoiceGroup
            name="intent"
            legend={t("fields.intent")}
            required
            defaultValue={defaultIntent}
            error={message(errorFor("intent"))}
            choices={[
              { value: "HIRE", label: t("fields.intentHire") },
              { value: "WORK", label: t("fields.intentWork") },
              { value: "BOTH", label: t("fields.intentBoth") },
            ]}
          />
          <ChoiceGroup
            name="locale"
            legend={t("fields.locale")}
            required
            defaultValue={values?.locale ?? i18n.language}
            error={message(errorFor("locale"))}
            choices={SUPPORTED_LOCALES.map((locale: Locale) => ({ value: locale, label: LOCALE_NAMES[locale], lang: locale }))}
          />
          <Button type="submit" size="lg" disabled={navigation.state === "submitting"}>
            {t("signUp.submit")}
          </Button>
        </Form>
        <p className="text-stone-700">
          {t("signUp.haveAccount")}{" "}
          <Link to="/login" className="text-emerald-800 underline underline-offset-4">
            {t("signUp.logInLink")}
          </Link>
        </p>
      </Card>
    </Container>
  );
}
