import { listMessageReports, type MessageReportItem } from "@hunar/chat/safety/message-reports";
import { type MessageReportOutcome, resolveMessageReport } from "@hunar/chat/safety/resolve-message-report";
import type { Locale } from "@hunar/i18n/config";
import { formatDate, formatNumber } from "@hunar/i18n/format";
import { Alert } from "@hunar/ui/alert";
import { Button } from "@hunar/ui/button";
import { Card, Container } from "@hunar/ui/layout";
import { TextAreaField } from "@hunar/ui/text-area";
import { useTranslation } from "#app/utils/use-translation.ts";
import { Form } from "react-router";
import { useMessage } from "#app/hooks/use-message.ts";
import { formErrorResponse } from "#app/utils/action-errors.server.ts";
import { requireAdmin } from "#app/utils/auth.server.ts";
import { readForm, textField } from "#app/utils/form-data.ts";
import type { FormErrors } from "#app/utils/form-errors.ts";
import { assertTrustedOrigin } from "#app/utils/origin.server.ts";
import type { Route } from "./+types/admin-message-reports";

export async function loader({ request, context }: Route.LoaderArgs) {
  await requireAdmin(request, context);
  return { reports: await listMessageReports(context.db) };
}

export async function action({ request, context }: Route.ActionArgs) {
  assertTrustedOrigin(request, context);
  const { user } = await requireAdmin(request, context);
  const form = await readForm(request);
  const reportId = textField(form, "reportId");
  // Checked by the domain: anything but the two outcomes is a field error.
  const outcome = textField(form, "outcome") as MessageReportOutcome;
  const note = textField(form, "note");
  try {
    await resolveMessageReport(context.db, { userId: user.id, isAdmin: user.isAdmin, ip: context.ip }, { reportId, outcome, note });
  } catch (error) {
    return formErrorResponse(error, { reportId, decided: null, values: { note } });
  }
  return { reportId, decided: outcome, values: null, errors: null };
}

export default function AdminMessageReports({ loaderData, actionData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation("chat");
  const locale = i18n.language as Locale;
  const { reports } = loaderData;
  return (
    <Container className="flex flex-col gap-6 py-8">
      <title>{`${t("admin.reports.title")} · ${t("common:appName")}`}</title>
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold">{t("admin.reports.title")}</h1>
        <p className="text-stone-700">{t("admin.reports.intro")}</p>
        <p className="text-sm text-stone-600">
          {t("admin.reports.count", { count: reports.length, formatted: formatNumber(reports.length, locale) })}
        </p>
      </div>
      {actionData?.decided ? (
        <Alert tone="success">{t(actionData.decided === "ACTIONED" ? "admin.reports.actioned" : "admin.reports.dismissed")}</Alert>
      ) : null}
      {reports.length === 0 ? (
        <p className="text-stone-700">{t("admin.reports.empty")}</p>
      ) : (
        <ol className="flex flex-col gap-4">
          {reports.map((report) => (
            <li key={report.reportId}>
              <ReportCard
                report={report}
                result={actionData && !actionData.decided && actionData.reportId === report.reportId ? actionData : undefined}
              />
            </li>
          ))}
        </ol>
      )}
    </Container>
  );
}

function ReportCard({
  report,
  result,
}: {
  report: MessageReportItem;
  result: { errors: FormErrors | null; values: { note: string } | null } | undefined;
}) {
  const { t, i18n } = useTranslation("chat");
  const locale = i18n.language as Locale;
  const message = useMessage();
  const when = (date: Date | string) => formatDate(date, locale, { dateStyle: "medium", timeStyle: "short" });
  const headingId = `report-${report.reportId}`;
  return (
    <Card className="flex flex-col gap-3">
      <h2 id={headingId} className="text-lg font-semibold">
        {t("admin.reports.reason", { reason: t(`admin.reports.reasons.${report.reason}`) })}
      </h2>
      <p className="text-sm text-stone-600">
        {t("admin.reports.reportedBy", { name: report.reporter.displayName, date: when(report.reportedAt) })}
      </p>
      {report.details ? (
        <div className="text-sm">
          <p className="font-semibold">{t("admin.reports.details")}</p>
          <p dir="auto" className="whitespace-pre-line">
            {report.details}
          </p>
        </div>
      ) : null}
      {report.message ? (
        <blockquote className="flex flex-col gap-2 rounded-md border-s-4 border-red-300 bg-red-50 p-3">
          <p className="text-sm text-stone-600">
            {t("admin.reports.sentBy", { name: report.message.sender.displayName, date: when(report.message.sentAt) })}
          </p>
          <p dir="auto" className="whitespace-pre-line break-words">
            {report.message.body}
          </p>
          {report.message.attachments.length > 0 ? (
            <div className="text-sm">
              <p className="font-semibold">{t("admin.reports.attachments")}</p>
              <ul className="list-inside list-disc">
                {report.message.attachments.map((file) => (
                  <li key={file.id}>
                    <a href={file.url} target="_blank" rel="noreferrer" className="text-emerald-800 hover:underline">
                      <bdi>{file.fileName}</bdi>
                    </a>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          {report.message.deletedAt ? <p className="text-sm font-semibold text-stone-700">{t("admin.reports.messageRemoved")}</p> : null}
        </blockquote>
      ) : (
        <p className="text-sm text-stone-700">{t("admin.reports.messageMissing")}</p>
      )}
      {result?.errors?.form ? <Alert tone="error">{message(result.errors.form)}</Alert> : null}
      <Form method="post" aria-labelledby={headingId} className="flex flex-col gap-3">
        <input type="hidden" name="reportId" value={report.reportId} />
        <TextAreaField
          name="note"
          label={t("admin.reports.noteLabel")}
          hint={t("admin.reports.noteHint")}
          dir="auto"
          rows={2}
          maxLength={1000}
          required
          defaultValue={result?.values?.note ?? ""}
          error={message(result?.errors?.fields.note)}
        />
        <div className="flex flex-wrap gap-2">
          <Button type="submit" name="outcome" value="DISMISSED" variant="secondary">
            {t("admin.reports.dismiss")}
          </Button>
          <Button type="submit" name="outcome" value="ACTIONED" variant="danger">
            {t("admin.reports.action")}
          </Button>
        </div>
      </Form>
    </Card>
  );
}
