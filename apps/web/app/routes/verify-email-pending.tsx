import { resendVerificationEmail } from "@hunar/auth/resend-verification";
import { isEmailVerified } from "@hunar/auth/verified-email";
import { Alert } from "@hunar/ui/alert";
import { Button } from "@hunar/ui/button";
import { Card, Container } from "@hunar/ui/layout";
import { useTranslation } from "#app/utils/use-translation.ts";
import { Form, Link, useNavigation } from "react-router";
import { isolate } from "#app/components/wallet/money.tsx";
import { useMessage } from "#app/hooks/use-message.ts";
import { authMailDeps } from "#app/utils/account-mail.server.ts";
import { formErrorResponse } from "#app/utils/action-errors.server.ts";
import { requireUser } from "#app/utils/auth.server.ts";
import { assertTrustedOrigin } from "#app/utils/origin.server.ts";
import type { Route } from "./+types/verify-email-pending";

// "Confirm your e-mail address": where the banner and every "verify first" refusal lead, with
// the button that sends the link again.

export async function loader({ request, context }: Route.LoaderArgs) {
  const { user } = await requireUser(request, context);
  return { email: user.email, verified: isEmailVerified(user) };
}

export async function action({ request, context }: Route.ActionArgs) {
  assertTrustedOrigin(request, context);
  const { user } = await requireUser(request, context);
  try {
    const { status, email } = await resendVerificationEmail(authMailDeps(context), user.id, {
      ip: context.ip,
      userAgent: request.headers.get("User-Agent"),
    });
    return { sentTo: status === "sent" ? email : null, errors: undefined };
  } catch (error) {
    return formErrorResponse(error, { sentTo: null });
  }
}

export default function VerifyEmailPending({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("account");
  const message = useMessage();
  const navigation = useNavigation();
  const email = isolate(loaderData.email);

  return (
    <Container className="flex justify-center py-10">
      <title>{`${t("verifyEmail.title")} · ${t("common:appName")}`}</title>
      <Card className="flex w-full max-w-lg flex-col gap-6">
        <h1 className="text-2xl font-bold">{t("verifyEmail.title")}</h1>
        {loaderData.verified ? (
          <Alert tone="success">{t("verifyPending.alreadyVerified", { email })}</Alert>
        ) : (
          <>
            <p className="text-stone-700">{t("verifyPending.intro", { email })}</p>
            {actionData?.sentTo ? <Alert tone="success">{t("verifyPending.sent", { email: isolate(actionData.sentTo) })}</Alert> : null}
            {actionData?.errors?.form ? <Alert tone="error">{message(actionData.errors.form)}</Alert> : null}
            <p className="text-stone-700">{t("verifyPending.notArrived")}</p>
            <Form method="post">
              <Button type="submit" disabled={navigation.state === "submitting"}>
                {t("verifyPending.resend")}
              </Button>
            </Form>
            <Link to="/account" className="text-emerald-800 underline underline-offset-4">
              {t("verifyPending.wrongAddress")}
            </Link>
          </>
        )}
      </Card>
    </Container>
  );
}
