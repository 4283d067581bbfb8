import { formatDate } from "@hunar/i18n/format";
import { declareOutage } from "@hunar/orders/outage/declare-outage";
import { listOutages } from "@hunar/orders/outage/list-outages";
import { OUTAGE_HOURS_MAX } from "@hunar/orders/outage/outage-input";
import { Alert } from "@hunar/ui/alert";
import { Button } from "@hunar/ui/button";
import { DATE_TIME_EXAMPLE, DateTimeField } from "@hunar/ui/date-time-field";
import { TextField } from "@hunar/ui/field";
import { Card, Container } from "@hunar/ui/layout";
import { TextAreaField } from "@hunar/ui/text-area";
import { useTranslation } from "#app/utils/use-translation.ts";
import { Form } from "react-router";
import { isolate, useLocale } from "#app/components/wallet/money.tsx";
import { useMessage } from "#app/hooks/use-message.ts";
import { formErrorResponse } from "#app/utils/action-errors.server.ts";
import { requireAdmin } from "#app/utils/auth.server.ts";
import { readForm, textField } from "#app/utils/form-data.ts";
import { assertTrustedOrigin } from "#app/utils/origin.server.ts";
import { pakistanDateTime } from "#app/utils/pakistan-time.ts";
import type { Route } from "./+types/admin-outages";

/** The admin types Pakistan time; anything else goes to the domain as typed, which refuses it. */
const pakistanTime = (text: string) => pakistanDateTime(text) ?? text;

export async function loader({ request, context }: Route.LoaderArgs) {
  await requireAdmin(request, context);
  return { outages: await listOutages(context.db) };
}

export async function action({ request, context }: Route.ActionArgs) {
  assertTrustedOrigin(request, context);
  const { user } = await requireAdmin(request, context);
  const form = await readForm(request);
  const values = { reason: textField(form, "reason"), startedAt: textField(form, "startedAt"), hours: textField(form, "hours") };
  try {
    const outage = await declareOutage(
      context.db,
      { userId: user.id, ip: context.ip },
      { reason: values.reason, startedAt: pakistanTime(values.startedAt), hours: values.hours },
    );
    return { declared: outage.ordersExtended, values: null, errors: null };
  } catch (error) {
    return formErrorResponse(error, { declared: null, values });
  }
}

export default function AdminOutages({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("orders");
  const locale = useLocale();
  const message = useMessage();
  const errors = actionData?.errors;
  const values = actionData?.values;
  const field = (name: string) => message(errors?.fields[name]);
  const when = (date: Date) => formatDate(date, locale, { dateStyle: "medium", timeStyle: "short" });
  return (
    <Container className="flex flex-col gap-8 py-8">
      <title>{`${t("outages.title")} · ${t("common:appName")}`}</title>
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold">{t("outages.title")}</h1>
        <p className="text-stone-700">{t("outages.intro")}</p>
      </div>
      {actionData?.declared != null ? <Alert tone="success">{t("outages.declared", { count: actionData.declared })}</Alert> : null}
      {errors?.form ? <Alert tone="error">{message(errors.form)}</Alert> : null}
      <Card className="flex flex-col gap-4">
        <h2 className="text-xl font-bold">{t("outages.declare")}</h2>
        <Form method="post" className="grid gap-4 md:grid-cols-2">
          <DateTimeField
            name="startedAt"
            label={t("outages.startedAtLabel")}
            formatHint={t("common:dateTime.formatHint", { example: isolate(DATE_TIME_EXAMPLE) })}
            required
            defaultValue={values?.startedAt ?? ""}
            error={field("startedAt")}
          />
          <TextField
            name="hours"
            type="number"
            inputMode="numeric"
            min={1}
            max={OUTAGE_HOURS_MAX}
            label={t("outages.hoursLabel", { max: OUTAGE_HOURS_MAX })}
            required
            dir="ltr"
            defaultValue={values?.hours ?? ""}
            error={field("hours")}
          />
          <TextAreaField
            name="reason"
            label={t("outages.reasonLabel")}
            rows={2}
            required
            maxLength={500}
            dir="auto"
            className="md:col-span-2"
            defaultValue={values?.reason ?? ""}
            error={field("reason")}
          />
          <div className="md:col-span-2">
            <Button type="submit">{t("outages.submit")}</Button>
          </div>
        </Form>
      </Card>
      <section className="flex flex-col gap-3">
        <h2 className="text-xl font-bold">{t("outages.history")}</h2>
        {loaderData.outages.length === 0 ? (
          <p className="text-stone-700">{t("outages.empty")}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-start text-sm">
              <thead>
                <tr className="border-b border-stone-300">
                  {(["declaredAt", "startedAt", "hours", "ordersExtended", "declaredBy", "reason"] as const).map((key) => (
                    <th key={key} scope="col" className="px-2 py-2 text-start font-semibold">
                      {t(`outages.columns.${key}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {loaderData.outages.map((outage) => (
                  <tr key={outage.id} className="border-b border-stone-200">
                    <td className="px-2 py-2">{when(outage.createdAt)}</td>
                    <td className="px-2 py-2">{when(outage.startedAt)}</td>
                    <td className="px-2 py-2">{outage.hours}</td>
                    <td className="px-2 py-2">{outage.ordersExtended}</td>
                    <td className="px-2 py-2" dir="auto">
                      {outage.declaredBy.name}
                    </td>
                    <td className="px-2 py-2" dir="auto">
                      {outage.reason}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </Container>
  );
}
