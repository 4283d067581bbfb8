import { isAppError } from "@hunar/core/app-error";
import { listAuditLog } from "@hunar/auth/audit-log";
import { formatDate } from "@hunar/i18n/format";
import { Alert } from "@hunar/ui/alert";
import { Button, buttonClassName } from "@hunar/ui/button";
import { TextField } from "@hunar/ui/field";
import { Card, Container } from "@hunar/ui/layout";
import { useTranslation } from "#app/utils/use-translation.ts";
import { data, Form, Link } from "react-router";
import { NextPageLink } from "#app/components/gigs/next-page-link.tsx";
import { isolate, useLocale } from "#app/components/wallet/money.tsx";
import { useMessage } from "#app/hooks/use-message.ts";
import { requireAdmin } from "#app/utils/auth.server.ts";
import type { Route } from "./+types/admin-audit";

const FILTERS = ["actorId", "action", "targetType", "targetId"] as const;

/** The audit log for admins: a GET form of filters and keyset pages, readable without JavaScript. */
export async function loader({ request, context }: Route.LoaderArgs) {
  await requireAdmin(request, context);
  const params = new URL(request.url).searchParams;
  const filters = Object.fromEntries(FILTERS.map((name) => [name, params.get(name) ?? ""])) as Record<(typeof FILTERS)[number], string>;
  try {
    const page = await listAuditLog(context.db, { ...filters, cursor: params.get("cursor") ?? "" });
    return { filters, page, errors: null };
  } catch (error) {
    if (!isAppError(error) || error.code !== "BAD_INPUT") throw error;
    return data({ filters, page: null, errors: error.fields ?? {} }, { status: 400 });
  }
}

export default function AdminAudit({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation("admin");
  const locale = useLocale();
  const message = useMessage();
  const { filters, page, errors } = loaderData;
  const error = (name: string) => message(errors?.[name]);
  return (
    <Container className="flex flex-col gap-6 py-8">
      <title>{`${t("audit.title")} · ${t("common:appName")}`}</title>
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold">{t("audit.title")}</h1>
        <p className="text-stone-700">{t("audit.intro")}</p>
      </div>
      {errors ? <Alert tone="error">{t("audit.invalid")}</Alert> : null}
      <Card>
        <Form method="get" className="grid gap-4 md:grid-cols-2" aria-label={t("audit.filtersTitle")}>
          <TextField name="actorId" label={t("audit.actor")} dir="ltr" defaultValue={filters.actorId} error={error("actorId")} />
          <TextField
            name="action"
            label={t("audit.action")}
            hint={t("audit.actionHint", { kind: isolate("gig.reject"), family: isolate("gig.") })}
            dir="ltr"
            defaultValue={filters.action}
            error={error("action")}
          />
          <TextField
            name="targetType"
            label={t("audit.targetType")}
            hint={t("audit.targetTypeHint", { examples: isolate("Gig, Order, PayoutRequest") })}
            dir="ltr"
            defaultValue={filters.targetType}
            error={error("targetType")}
          />
          <TextField name="targetId" label={t("audit.targetId")} dir="ltr" defaultValue={filters.targetId} error={error("targetId")} />
          <div className="flex flex-wrap gap-3 md:col-span-2">
            <Button type="submit">{t("audit.apply")}</Button>
            <Link to="/admin/audit" className={buttonClassName("ghost")}>
              {t("audit.clear")}
            </Link>
          </div>
        </Form>
      </Card>
      {page && page.entries.length === 0 ? <p className="text-stone-700">{t("audit.empty")}</p> : null}
      {page && page.entries.length > 0 ? (
        <ol className="flex flex-col gap-3">
          {page.entries.map((entry) => (
            <li key={entry.id}>
              <Card className="flex flex-col gap-2 text-sm">
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <code dir="ltr" className="font-semibold">
                    {entry.action}
                  </code>
                  <time dateTime={new Date(entry.createdAt).toISOString()} className="text-stone-600">
                    {formatDate(entry.createdAt, locale, { dateStyle: "medium", timeStyle: "medium" })}
                  </time>
                </div>
                <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
                  <dt className="text-stone-600">{t("audit.who")}</dt>
                  <dd>{entry.actor ? <bdi>{entry.actor.displayName}</bdi> : t("audit.system")}</dd>
                  <dt className="text-stone-600">{t("audit.target")}</dt>
                  <dd dir="ltr" className="text-start font-mono break-all">
                    {entry.targetType} {entry.targetId}
                  </dd>
                  <dt className="text-stone-600">{t("audit.reason")}</dt>
                  <dd dir="auto">{entry.reason ?? t("audit.noReason")}</dd>
                </dl>
                {entry.data !== null ? (
                  <details>
                    <summary className="cursor-pointer text-emerald-800">{t("audit.details")}</summary>
                    <pre dir="ltr" className="mt-2 overflow-x-auto rounded bg-stone-100 p-2 text-start text-xs">
                      {JSON.stringify(entry.data, null, 2)}
                    </pre>
                  </details>
                ) : null}
              </Card>
            </li>
          ))}
        </ol>
      ) : null}
      {page ? <NextPageLink cursor={page.nextCursor} /> : null}
    </Container>
  );
}
