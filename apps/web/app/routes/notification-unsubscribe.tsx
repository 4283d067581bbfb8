import { readUnsubscribeLink, unsubscribe } from "@hunar/notifications/unsubscribe";
import { Alert } from "@hunar/ui/alert";
import { Button, buttonClassName } from "@hunar/ui/button";
import { Card, Container } from "@hunar/ui/layout";
import { useTranslation } from "#app/utils/use-translation.ts";
import { data, Form, Link } from "react-router";
import { assertTrustedOrigin } from "#app/utils/origin.server.ts";
import type { Route } from "./+types/notification-unsubscribe";

// The link in every notification e-mail. No login: the signed token is the permission, and it
// can only switch off e-mail for the one kind it names. GET only shows what would change (mail
// scanners open links); the form POSTs, and so do mail providers' one-click buttons (RFC 8058),
// which send no Origin: a POST without one is accepted, one from another site is not. The page
// keeps its address out of every Referer (no-referrer), under which a browser posts its own form
// with `Origin: null`; that is accepted too: the token, not the Origin, is the permission here.

export async function loader({ context, params }: Route.LoaderArgs) {
  const target = await readUnsubscribeLink(context.db, params.token);
  if (!target) return data({ target: null }, { status: 404 });
  return { target };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const origin = request.headers.get("Origin");
  if (origin !== null && origin !== "null") assertTrustedOrigin(request, context);
  const target = await unsubscribe(context.db, params.token);
  if (!target) return data({ done: false }, { status: 404 });
  return { done: true };
}

export function headers() {
  // The token is in the address: keep it out of caches and of other sites' Referer.
  return { "Cache-Control": "no-store", "Referrer-Policy": "no-referrer" };
}

export default function NotificationUnsubscribe({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("notifications");
  const { target } = loaderData;
  const title = target ? t("unsubscribe.title") : t("unsubscribe.invalidTitle");
  const manage = (
    <Link to="/account/notifications" className={buttonClassName("secondary")}>
      {t("unsubscribe.manage")}
    </Link>
  );
  return (
    <Container className="flex flex-col gap-6 py-10">
      <title>{`${title} · ${t("common:appName")}`}</title>
      <meta name="robots" content="noindex" />
      <h1 className="text-3xl font-bold">{title}</h1>
      <Card className="flex max-w-xl flex-col gap-4">
        {!target ? (
          <p>{t("unsubscribe.invalid")}</p>
        ) : actionData?.done || !target.email ? (
          <>
            <Alert tone="success">{t("unsubscribe.done", { label: t(target.label) })}</Alert>
            <div>{manage}</div>
          </>
        ) : (
          <>
            <p>{t("unsubscribe.confirm", { label: t(target.label) })}</p>
            <Form method="post" className="flex flex-wrap gap-3">
              <Button type="submit">{t("unsubscribe.submit")}</Button>
              {manage}
            </Form>
          </>
        )}
      </Card>
    </Container>
  );
}
