import { rupeesText } from "@hunar/core/money";
import { formatDate } from "@hunar/i18n/format";
import { createFeeScheduleVersion, getFeeScheduleInForce, listFeeSchedules } from "@hunar/payments/fees/fee-schedule";
import { Alert } from "@hunar/ui/alert";
import { Button } from "@hunar/ui/button";
import { DATE_TIME_EXAMPLE, DateTimeField } from "@hunar/ui/date-time-field";
import { TextField } from "@hunar/ui/field";
import { Card, Container } from "@hunar/ui/layout";
import { TextAreaField } from "@hunar/ui/text-area";
import { useTranslation } from "#app/utils/use-translation.ts";
import { data, Form } from "react-router";
import { bpsToPercentText } from "#app/components/wallet/percent.ts";
import { readFeeScheduleForm } from "#app/components/wallet/fee-schedule-form.server.ts";
import { isolate, money, rate, useLocale } from "#app/components/wallet/money.tsx";
import { useMessage } from "#app/hooks/use-message.ts";
import { formErrorResponse } from "#app/utils/action-errors.server.ts";
import { requireAdmin } from "#app/utils/auth.server.ts";
import { assertTrustedOrigin } from "#app/utils/origin.server.ts";
import type { Route } from "./+types/admin-fees";
import { readForm } from "#app/utils/form-data.ts";

export async function loader({ request, context }: Route.LoaderArgs) {
  await requireAdmin(request, context);
  const [schedules, inForce] = await Promise.all([listFeeSchedules(context.db), getFeeScheduleInForce(context.db).catch(() => null)]);
  return { schedules, inForceId: inForce?.id ?? null };
}

export async function action({ request, context }: Route.ActionArgs) {
  assertTrustedOrigin(request, context);
  const { user } = await requireAdmin(request, context);
  const { values, input, fields } = readFeeScheduleForm(await readForm(request));
  if (!input) return data({ values, saved: null, errors: { fields, form: { key: "errors:badInput" } } }, { status: 400 });
  try {
    const schedule = await createFeeScheduleVersion(context.db, { userId: user.id, ip: context.ip }, input);
    return { values: null, saved: schedule.version, errors: null };
  } catch (error) {
    return formErrorResponse(error, { values, saved: null });
  }
}

export default function AdminFees({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("wallet");
  const locale = useLocale();
  const message = useMessage();
  const { schedules, inForceId } = loaderData;
  const current = schedules.find((schedule) => schedule.id === inForceId);
  const values = actionData?.values;
  const errors = actionData?.errors;
  const field = (name: string) => message(errors?.fields[name]);
  const initial = (name: keyof NonNullable<typeof values>, fallback: string) => values?.[name] ?? fallback;
  return (
    <Container className="flex flex-col gap-8 py-8">
      <title>{`${t("adminFees.title")} · ${t("common:appName")}`}</title>
      <h1 className="text-3xl font-bold">{t("adminFees.title")}</h1>
      {actionData?.saved ? <Alert tone="success">{t("adminFees.saved", { version: actionData.saved })}</Alert> : null}
      {errors?.form ? <Alert tone="error">{message(errors.form)}</Alert> : null}
      {current ? <p className="text-lg font-semibold">{t("adminFees.current", { version: current.version })}</p> : null}
      <section className="flex flex-col gap-3">
        <h2 className="text-xl font-bold">{t("adminFees.history")}</h2>
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-start text-sm">
            <thead>
              <tr className="border-b border-stone-300 text-start">
                {(
                  [
                    "version",
                    "effectiveFrom",
                    "freelancerFee",
                    "clientFee",
                    "minimumFee",
                    "clearanceDays",
                    "payoutMinimum",
                    "note",
                  ] as const
                ).map((key) => (
                  <th key={key} scope="col" className="px-2 py-2 text-start font-semibold">
                    {t(`adminFees.${key}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {schedules.map((schedule) => (
                <tr
                  key={schedule.id}
                  className={schedule.id === inForceId ? "border-b border-stone-200 bg-emerald-50" : "border-b border-stone-200"}
                >
                  <td className="px-2 py-2">{schedule.version}</td>
                  <td className="px-2 py-2">{formatDate(schedule.effectiveFrom, locale, { dateStyle: "medium", timeStyle: "short" })}</td>
                  <td className="px-2 py-2">{rate(schedule.freelancerFeeBps, locale)}</td>
                  <td className="px-2 py-2">{rate(schedule.clientFeeBps, locale)}</td>
                  <td className="px-2 py-2">{money(schedule.minimumFeePaisa, locale)}</td>
                  <td className="px-2 py-2">{schedule.clearanceDays}</td>
                  <td className="px-2 py-2">{money(schedule.payoutMinimumPaisa, locale)}</td>
                  <td className="px-2 py-2" dir="auto">
                    {schedule.note}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <Card className="flex flex-col gap-4">
        <h2 className="text-xl font-bold">{t("adminFees.newVersion")}</h2>
        <p className="text-sm text-stone-700">{t("adminFees.newVersionHint")}</p>
        <Form method="post" className="grid gap-4 md:grid-cols-2">
          <TextField
            name="freelancerFeeBps"
            label={t("adminFees.freelancerFeePercent")}
            inputMode="decimal"
            dir="ltr"
            required
            defaultValue={initial("freelancerFeeBps", current ? bpsToPercentText(current.freelancerFeeBps) : "")}
            error={field("freelancerFeeBps")}
          />
          <TextField
            name="clientFeeBps"
            label={t("adminFees.clientFeePercent")}
            inputMode="decimal"
            dir="ltr"
            required
            defaultValue={initial("clientFeeBps", current ? bpsToPercentText(current.clientFeeBps) : "")}
            error={field("clientFeeBps")}
          />
          <TextField
            name="minimumFeePaisa"
            label={t("adminFees.minimumFeeRupees")}
            inputMode="numeric"
            dir="ltr"
            required
            defaultValue={initial("minimumFeePaisa", current ? rupeesText(current.minimumFeePaisa) : "0")}
            error={field("minimumFeePaisa")}
          />
          <TextField
            name="clearanceDays"
            label={t("adminFees.clearanceDays")}
            inputMode="numeric"
            dir="ltr"
            required
            defaultValue={initial("clearanceDays", current ? String(current.clearanceDays) : "")}
            error={field("clearanceDays")}
          />
          <TextField
            name="payoutMinimumPaisa"
            label={t("adminFees.payoutMinimumRupees")}
            inputMode="numeric"
            dir="ltr"
            required
            defaultValue={initial("payoutMinimumPaisa", current ? rupeesText(current.payoutMinimumPaisa) : "")}
            error={field("payoutMinimumPaisa")}
          />
          <DateTimeField
            name="effectiveFrom"
            label={t("adminFees.effectiveFrom")}
            hint={t("adminFees.effectiveFromHint")}
            formatHint={t("common:dateTime.formatHint", { example: isolate(DATE_TIME_EXAMPLE) })}
            defaultValue={initial("effectiveFrom", "")}
            error={field("effectiveFrom")}
          />
          <TextAreaField
            name="reason"
            label={t("adminFees.reason")}
            rows={2}
            required
            maxLength={500}
            dir="auto"
            className="md:col-span-2"
            defaultValue={initial("reason", "")}
            error={field("reason")}
          />
          <div className="md:col-span-2">
            <Button type="submit">{t("adminFees.submit")}</Button>
          </div>
        </Form>
      </Card>
    </Container>
  );
}
