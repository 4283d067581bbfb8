import { serializeBlankSessionCookie } from "@hunar/auth/cookie";
import { checkRestoreToken, restoreEmail } from "@hunar/auth/restore-email";
import { Alert } from "@hunar/ui/alert";
import { Button } from "@hunar/ui/button";
import { Card, Container } from "@hunar/ui/layout";
import { useTranslation } from "#app/utils/use-translation.ts";
import { data, Form, redirect, useNavigation } from "react-router";
import { isolate } from "#app/components/wallet/money.tsx";
import { useMessage } from "#app/hooks/use-message.ts";
import { formErrorResponse } from "#app/utils/action-errors.server.ts";
import { readForm } from "#app/utils/form-data.ts";
import { linkToken } from "#app/utils/link-token.ts";
import { assertTrustedOrigin } from "#app/utils/origin.server.ts";
import type { Route } from "./+types/restore-email";

// "It was not me": the link the old address gets after an e-mail change. GET asks; the POST
// puts the address back, ends every session (this browser's too) and goes straight on to
// choosing a new password, since whoever changed the address knew the old one.

export async function loader({ request, context }: Route.LoaderArgs) {
  const token = linkToken(request);
  const target = await checkRestoreToken(context.db, token);
  if (!target) return data({ email: null, token: "" }, { status: 404 });
  return { email: target.email, token };
}

export async function action({ request, context }: Route.ActionArgs) {
  assertTrustedOrigin(request, context);
  const form = await readForm(request);
  let restored;
  try {
    restored = await restoreEmail(context.db, linkToken(request, form));
  } catch (error) {
    return formErrorResponse(error, {});
  }
  context.realtime.disconnectUser(restored.userId);
  const next = `/reset-password?${new URLSearchParams({ token: restored.resetToken }).toString()}`;
  return redirect(next, { headers: { "Set-Cookie": serializeBlankSessionCookie() } });
}

export function headers() {
  // The token is in the address: keep it out of caches and of other sites' Referer. Not
  // "no-referrer": under it browsers send `Origin: null` with the page's own form, which the
  // Origin check (rightly) refuses.
  return { "Cache-Control": "no-store", "Referrer-Policy": "same-origin" };
}

export default function RestoreEmail({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("account");
  const message = useMessage();
  const navigation = useNavigation();
  const title = loaderData.email ? t("restoreEmail.title") : t("restoreEmail.invalidTitle");

  return (
    <Container className="flex justify-center py-10">
      <title>{`${title} · ${t("common:appName")}`}</title>
      <meta name="robots" content="noindex" />
      <Card className="flex w-full max-w-lg flex-col gap-6">
        <h1 className="text-2xl font-bold">{title}</h1>
        {actionData?.errors?.form ? <Alert tone="error">{message(actionData.errors.form)}</Alert> : null}
        {loaderData.email ? (
          <>
            <p className="text-stone-700">{t("restoreEmail.intro", { email: isolate(loaderData.email) })}</p>
            <Form method="post">
              <input type="hidden" name="token" value={loaderData.token} />
              <Button type="submit" size="lg" variant="danger" disabled={navigation.state === "submitting"}>
                {t("restoreEmail.submit")}
              </Button>
            </Form>
          </>
        ) : (
          <p className="text-stone-700">{t("errors:restoreLinkInvalid")}</p>
        )}
      </Card>
    </Container>
  );
}
