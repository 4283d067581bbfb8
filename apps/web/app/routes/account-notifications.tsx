import { AppError } from "@hunar/core/app-error";
import { getEmailPreferences, updateEmailPreferences } from "@hunar/notifications/preferences";
import { Alert } from "@hunar/ui/alert";
import { Button } from "@hunar/ui/button";
import { Card, Container } from "@hunar/ui/layout";
import { useTranslation } from "#app/utils/use-translation.ts";
import { Form } from "react-router";
import { useMessage } from "#app/hooks/use-message.ts";
import { formErrorResponse } from "#app/utils/action-errors.server.ts";
import { requireUser } from "#app/utils/auth.server.ts";
import { assertTrustedOrigin } from "#app/utils/origin.server.ts";
import type { Route } from "./+types/account-notifications";
import { readForm, textField } from "#app/utils/form-data.ts";

export async function loader({ request, context }: Route.LoaderArgs) {
  const { user } = await requireUser(request, context);
  return { preferences: await getEmailPreferences(context.db, user.id) };
}

export async function action({ request, context }: Route.ActionArgs) {
  assertTrustedOrigin(request, context);
  const { user } = await requireUser(request, context);
  const form = await readForm(request);
  // Only checked boxes are posted, so an empty list means "all off": only this page's own form,
  // which says what it is, may say that (a stray or garbled post must not silence every e-mail).
  if (textField(form, "intent") !== "savePreferences")
    return formErrorResponse(new AppError("BAD_INPUT", "errors:badInput"), { done: false as const });
  const enabled = form.getAll("enabled").filter((value): value is string => typeof value === "string");
  try {
    await updateEmailPreferences(context.db, user.id, { enabled });
    return { done: true as const };
  } catch (error) {
    return formErrorResponse(error, { done: false as const });
  }
}

export function headers() {
  return { "Cache-Control": "no-store" };
}

export default function AccountNotifications({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("notifications");
  const message = useMessage();
  const errors = actionData && "errors" in actionData ? actionData.errors : undefined;
  return (
    <Container className="flex flex-col gap-6 py-10">
      <title>{`${t("preferences.title")} · ${t("common:appName")}`}</title>
      <h1 className="text-3xl font-bold">{t("preferences.title")}</h1>
      <Card className="flex max-w-xl flex-col gap-4">
        <p className="text-stone-700">{t("preferences.intro")}</p>
        {actionData?.done ? <Alert tone="success">{t("preferences.saved")}</Alert> : null}
        {errors?.form ? <Alert tone="error">{message(errors.form)}</Alert> : null}
        <Form method="post" className="flex flex-col gap-4">
          <input type="hidden" name="intent" value="savePreferences" />
          <fieldset className="flex flex-col gap-3">
            <legend className="sr-only">{t("preferences.title")}</legend>
            {loaderData.preferences.map((preference) => (
              <label key={preference.kind} className="inline-flex items-center gap-3">
                <input
                  type="checkbox"
                  name="enabled"
                  value={preference.kind}
                  defaultChecked={preference.email}
                  className="size-4 accent-emerald-700"
                />
                <span>{t(preference.label)}</span>
              </label>
            ))}
          </fieldset>
          <div>
            <Button type="submit">{t("preferences.save")}</Button>
          </div>
        </Form>
      </Card>
    </Container>
  );
}
