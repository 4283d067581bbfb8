import { checkResetToken, resetPassword } from "@hunar/auth/reset-password";
import { PASSWORD_MAX, PASSWORD_MIN } from "@hunar/auth/validation";
import { isAppError } from "@hunar/core/app-error";
import { Alert } from "@hunar/ui/alert";
import { Button, buttonClassName } from "@hunar/ui/button";
import { TextField } from "@hunar/ui/field";
import { Card, Container } from "@hunar/ui/layout";
import { useTranslation } from "#app/utils/use-translation.ts";
import { data, Form, Link, redirect, useNavigation } from "react-router";
import { isolate } from "#app/components/wallet/money.tsx";
import { useMessage } from "#app/hooks/use-message.ts";
import { authDeps } from "#app/utils/account-mail.server.ts";
import { formErrorResponse } from "#app/utils/action-errors.server.ts";
import { readForm, textField } from "#app/utils/form-data.ts";
import { linkToken } from "#app/utils/link-token.ts";
import { assertTrustedOrigin } from "#app/utils/origin.server.ts";
import type { Route } from "./+types/reset-password";

// The link in the reset e-mail. GET only shows the form (mail scanners open links); the POST
// uses the link. Afterwards every session of the account has ended and the person logs in with
// the new password: the log-in form is where their browser offers to save it.

export async function loader({ request, context }: Route.LoaderArgs) {
  const token = linkToken(request);
  const account = await checkResetToken(context.db, token);
  if (!account) return data({ email: null, token: "" }, { status: 404 });
  return { email: account.email, token };
}

export async function action({ request, context }: Route.ActionArgs) {
  assertTrustedOrigin(request, context);
  const form = await readForm(request);
  try {
    const { userId } = await resetPassword(
      authDeps(context),
      { token: linkToken(request, form), newPassword: textField(form, "newPassword") },
      { ip: context.ip, userAgent: request.headers.get("User-Agent") },
    );
    context.realtime.disconnectUser(userId);
  } catch (error) {
    if (isAppError(error) && error.messageKey === "errors:resetLinkInvalid")
      return data({ invalid: true, errors: undefined }, { status: 404 });
    return formErrorResponse(error, { invalid: false });
  }
  return redirect("/login?reset=done");
}

export function headers() {
  // The token is in the address: keep it out of caches and of other sites' Referer. Not
  // "no-referrer": under it browsers send `Origin: null` with the page's own form, which the
  // Origin check (rightly) refuses.
  return { "Cache-Control": "no-store", "Referrer-Policy": "same-origin" };
}

export default function ResetPassword({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("account");
  const message = useMessage();
  const navigation = useNavigation();
  const usable = loaderData.email !== null && !actionData?.invalid;
  const title = usable ? t("resetPassword.title") : t("resetPassword.invalidTitle");

  return (
    <Container className="flex justify-center py-10">
      <title>{`${title} · ${t("common:appName")}`}</title>
      <meta name="robots" content="noindex" />
      <Card className="flex w-full max-w-md flex-col gap-6">
        <h1 className="text-2xl font-bold">{title}</h1>
        {!usable || loaderData.email === null ? (
          <>
            <p className="text-stone-700">{t("resetPassword.invalid")}</p>
            <div>
              <Link to="/forgot-password" className={buttonClassName("primary")}>
                {t("resetPassword.askAgain")}
              </Link>
            </div>
          </>
        ) : (
          <>
            <p className="text-stone-700">{t("resetPassword.intro", { email: isolate(loaderData.email) })}</p>
            {actionData?.errors?.form ? <Alert tone="error">{message(actionData.errors.form)}</Alert> : null}
            <Form method="post" className="flex flex-col gap-5">
              <input type="hidden" name="token" value={loaderData.token} />
              {/* For password managers: the account this new password belongs to. */}
              <input type="email" name="username" autoComplete="username" value={loaderData.email} readOnly hidden />
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
                error={message(actionData?.errors?.fields.newPassword)}
              />
              <Button type="submit" size="lg" disabled={navigation.state === "submitting"}>
                {t("resetPassword.submit")}
              </Button>
            </Form>
          </>
        )}
      </Card>
    </Container>
  );
}
