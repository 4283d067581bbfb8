import { listReportQueue, type ReportQueueItem } from "@hunar/gigs/report-queue";
import { REPORT_RESOLUTION_MAX, resolveReport } from "@hunar/gigs/resolve-report";
import type { Locale } from "@hunar/i18n/config";
import { formatDate, formatNumber, formatRelativeTime } from "@hunar/i18n/format";
import { Alert } from "@hunar/ui/alert";
import { Button } from "@hunar/ui/button";
import { Card, Container } from "@hunar/ui/layout";
import { TextAreaField } from "@hunar/ui/text-area";
import { useTranslation } from "#app/utils/use-translation.ts";
import { Form, Link } from "react-router";
import { useMessage } from "#app/hooks/use-message.ts";
import { formErrorResponse } from "#app/utils/action-errors.server.ts";
import { requireAdmin } from "#app/utils/auth.server.ts";
import { readForm, textField } from "#app/utils/form-data.ts";
import type { FormErrors } from "#app/utils/form-errors.ts";
import { gigHref } from "#app/utils/gig-links.ts";
import { pickLocalized } from "#app/utils/localized.ts";
import { assertTrustedOrigin } from "#app/utils/origin.server.ts";
import type { Route } from "./+types/admin-reports";

export async function loader({ request, context }: Route.LoaderArgs) {
  await requireAdmin(request, context);
  return { reports: await listReportQueue(context.db), now: new Date() };
}

export async function action({ request, context }: Route.ActionArgs) {
  assertTrustedOrigin(request, context);
  const { user } = await requireAdmin(request, context);
  const form = await readForm(request);
  const reportId = textField(form, "reportId");
  const outcome = textField(form, "outcome");
  const reason = textField(form, "reason");
  try {
    // Unchecked form values: the domain validates them (field errors on `outcome` and `reason`).
    const result = await resolveReport(context.db, { userId: user.id, ip: context.ip }, { reportId, outcome, reason });
    return { reportId, decided: result.outcome, values: null, errors: null };
  } catch (error) {
    return formErrorResponse(error, { reportId, decided: null, values: { reason } });
  }
}

export default function AdminReports({ loaderData, actionData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation("admin");
  const locale = i18n.language as Locale;
  const { reports, now } = loaderData;
  return (
    <Container className="flex flex-col gap-6 py-8">
      <title>{`${t("reports.title")} · ${t("common:appName")}`}</title>
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold">{t("reports.title")}</h1>
        <p className="text-stone-700">{t("reports.intro")}</p>
        <p className="text-sm text-stone-600">
          {t("reports.count", { count: reports.length, formatted: formatNumber(reports.length, locale) })}
        </p>
      </div>
      {actionData?.decided ? (
        <Alert tone="success">{actionData.decided === "ACTIONED" ? t("reports.actioned") : t("reports.dismissed")}</Alert>
      ) : null}
      {reports.length === 0 ? (
        <p className="text-stone-700">{t("reports.empty")}</p>
      ) : (
        <ol className="flex flex-col gap-4">
          {reports.map((report) => (
            <li key={report.reportId}>
              <ReportCard
                report={report}
                now={new Date(now)}
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
  now,
  result,
}: {
  report: ReportQueueItem;
  now: Date;
  result: { errors: FormErrors | null; values: { reason: string } | null } | undefined;
}) {
  const { t, i18n } = useTranslation("admin");
  const locale = i18n.language as Locale;
  const message = useMessage();
  const headingId = `report-${report.reportId}`;
  const isGig = report.target.type === "GIG";
  return (
    <Card className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span className="rounded bg-stone-800 px-2 py-0.5 font-semibold text-white">
          {isGig ? t("reports.targetGig") : t("reports.targetUser")}
        </span>
        <time dateTime={new Date(report.reportedAt).toISOString()} className="text-stone-600">
          {t("reports.waiting", { age: formatRelativeTime(report.reportedAt, locale, now) })}
        </time>
      </div>
      <h2 id={headingId} className="text-lg font-semibold">
        <ReportTargetLink target={report.target} />
      </h2>
      <p className="font-medium">{t("reports.reason", { reason: t(`gigs:reportReason.${report.reason}`) })}</p>
      <p className="text-sm text-stone-600">
        {t("reports.reportedBy", {
          name: report.reporter.displayName,
          date: formatDate(report.reportedAt, locale, { dateStyle: "medium", timeStyle: "short" }),
        })}
      </p>
      {report.details ? (
        <div className="rounded-md bg-red-50 p-3 text-sm">
          <p className="font-semibold">{t("reports.details")}</p>
          <p dir="auto" className="whitespace-pre-line break-words">
            {report.details}
          </p>
        </div>
      ) : null}
      {result?.errors?.form ? <Alert tone="error">{message(result.errors.form)}</Alert> : null}
      <Form method="post" aria-labelledby={headingId} className="flex flex-col gap-3">
        <input type="hidden" name="reportId" value={report.reportId} />
        <TextAreaField
          name="reason"
          label={t("reports.noteLabel")}
          hint={t("reports.noteHint")}
          dir="auto"
          rows={2}
          maxLength={REPORT_RESOLUTION_MAX}
          required
          defaultValue={result?.values?.reason ?? ""}
          error={message(result?.errors?.fields.reason ?? result?.errors?.fields.outcome)}
        />
        {isGig ? null : <p className="text-sm text-stone-600">{t("reports.actionUserHint")}</p>}
        <div className="flex flex-wrap gap-2">
          <Button type="submit" name="outcome" value="DISMISSED" variant="secondary">
            {t("reports.dismiss")}
          </Button>
          <Button type="submit" name="outcome" value="ACTIONED" variant="danger">
            {isGig ? t("reports.actionGig") : t("reports.actionUser")}
          </Button>
        </div>
      </Form>
    </Card>
  );
}

/** The gig's public page, or the person's admin page (where an admin can suspend them). */
function ReportTargetLink({ target }: { target: ReportQueueItem["target"] }) {
  const { t, i18n } = useTranslation("admin");
  const locale = i18n.language as Locale;
  if (target.type === "GIG") {
    if (!target.gig) return <span className="text-stone-600">{t("reports.targetMissing")}</span>;
    const title = pickLocalized({ ur: target.gig.titleUr, en: target.gig.titleEn }, locale);
    return (
      <Link to={gigHref(target.gig)} lang={title?.lang} dir="auto" className="text-emerald-800 hover:underline">
        {title?.text ?? target.gig.slug}
      </Link>
    );
  }
  if (!target.user) return <span className="text-stone-600">{t("reports.targetMissing")}</span>;
  return (
    <span className="flex flex-wrap items-center gap-2">
      <Link to={`/admin/users/${encodeURIComponent(target.user.id)}`} className="text-emerald-800 hover:underline">
        <bdi>{target.user.displayName}</bdi>
      </Link>
      {target.user.suspendedAt ? (
        <span className="rounded-full bg-red-100 px-2 py-0.5 text-sm font-medium text-red-900">{t("reports.suspended")}</span>
      ) : null}
    </span>
  );
}
