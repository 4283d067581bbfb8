import { verificationLinkState, verifyEmail } from "@hunar/auth/verify-email";
import { Alert } from "@hunar/ui/alert";
import { Button, buttonClassName } from "@hunar/ui/button";
import { Card, Container } from "@hunar/ui/layout";
import { useTranslation } from "#app/utils/use-translation.ts";
import { data, Form, Link, useNavigation } from "react-router";
import { isolate } from "#app/components/wallet/money.tsx";
import { useMessage } from "#app/hooks/use-message.ts";
import { accountMailDeps } from "#app/utils/account-mail.server.ts";
import { formErrorResponse } from "#app/utils/action-errors.server.ts";
import { readForm } from "#app/utils/form-data.ts";
import { assertTrustedOrigin } from "#app/utils/origin.server.ts";
import { linkToken } from "#app/utils/link-token.ts";
import type { Route } from "./+types/confirm-email";

// The link in a verification e-mail (at sign-up, or to a new address). No log-in needed: the
// token is the proof, and it grants no session. GET only shows what it confirms (mail scanners
// open links); the button POSTs.

export async function loader({ request, context }: Route.LoaderArgs) {
  const token = linkToken(request);
  const state = await verificationLinkState(context.db, token);
  return data({ state, token: state.status === "usable" ? token : "" }, state.status === "invalid" ? { status: 404 } : {});
}

export async function action({ request, context }: Route.ActionArgs) {
  assertTrustedOrigin(request, context);
  const form = await readForm(request);
  try {
    return { result: await verifyEmail({ db: context.db, ...accountMailDeps(context) }, linkToken(request, form)), errors: undefined };
  } catch (error) {
    return formErrorResponse(error, { result: null });
  }
}

export function headers() {
  // The token is in the address: keep it out of caches and of other sites' Referer. Not
  // "no-referrer": under it browsers send `Origin: null` with the page's own form, which the
  // Origin check (rightly) refuses.
  return { "Cache-Control": "no-store", "Referrer-Policy": "same-origin" };
}

const DONE_TEXT = {
  verified: "verifyEmail.verified",
  changed: "verifyEmail.changed",
  alreadyVerified: "verifyEmail.alreadyVerified",
} as const;

export default function ConfirmEmail({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("account");
  const message = useMessage();
  const navigation = useNavigation();
  const { state } = loaderData;
  const done = actionData?.result ?? (state.status === "alreadyVerified" ? state : null);
  const title = state.status === "invalid" && !done ? t("verifyEmail.invalidTitle") : t("verifyEmail.title");

  return (
    <Container className="flex justify-center py-10">
      <title>{`${title} · ${t("common:appName")}`}</title>
      <meta name="robots" content="noindex" />
      <Card className="flex w-full max-w-lg flex-col gap-6">
        <h1 className="text-2xl font-bold">{title}</h1>
        {done ? (
          <>
            <Alert tone="success">{t(DONE_TEXT[done.status], { email: isolate(done.email) })}</Alert>
            <div>
              <Link to="/" className={buttonClassName("primary")}>
                {t("verifyEmail.continue")}
              </Link>
            </div>
          </>
        ) : state.status === "usable" ? (
          <>
            <p className="text-stone-700">
              {t(state.purpose === "CHANGE_EMAIL" ? "verifyEmail.changeIntro" : "verifyEmail.confirmIntro", {
                email: isolate(state.email),
              })}
            </p>
            {actionData?.errors?.form ? <Alert tone="error">{message(actionData.errors.form)}</Alert> : null}
            <Form method="post">
              <input type="hidden" name="token" value={loaderData.token} />
              <Button type="submit" size="lg" disabled={navigation.state === "submitting"}>
                {t("verifyEmail.confirm")}
              </Button>
            </Form>
          </>
        ) : (
          <>
            <p className="text-stone-700">{t("verifyEmail.invalid")}</p>
            <div>
              <Link to="/verify-email" className={buttonClassName("secondary")}>
                {t("verifyPending.resend")}
              </Link>
            </div>
          </>
        )}
      </Card>
    </Container>
  );
}
