import type { Locale } from "@hunar/i18n/config";
import { Alert } from "@hunar/ui/alert";
import { buttonClassName } from "@hunar/ui/button";
import { Container } from "@hunar/ui/layout";
import { useTranslation } from "#app/utils/use-translation.ts";
import { EarningsNav } from "#app/components/earnings/earnings-nav.tsx";
import { PrintButton } from "#app/components/earnings/print-button.tsx";
import { StatementPeriodForm } from "#app/components/earnings/statement-period-form.tsx";
import { statementYears } from "#app/components/earnings/statement-period.ts";
import { StatementSheet, statementTitle } from "#app/components/earnings/statement-view.tsx";
import { requireUser } from "#app/utils/auth.server.ts";
import { loadStatement } from "#app/utils/earnings-statement.server.ts";
import type { Route } from "./+types/earnings-statements";

export async function loader({ request, context }: Route.LoaderArgs) {
  const { user } = await requireUser(request, context);
  const now = new Date();
  const { statement, valid } = await loadStatement(context.db, user.id, new URL(request.url).searchParams, now);
  return { statement, periodValid: valid, years: statementYears(now), generatedAt: now };
}

export default function EarningsStatements({ loaderData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation("earnings");
  const locale = i18n.language as Locale;
  const { statement } = loaderData;
  const query = `year=${statement.year}${statement.month ? `&month=${statement.month}` : ""}`;
  return (
    <Container className="flex flex-col gap-6 py-8">
      <title>{`${statementTitle(statement, locale, t)} · ${t("common:appName")}`}</title>
      <div className="flex flex-col gap-2 print:hidden">
        <h1 className="text-3xl font-bold">{t("statements.title")}</h1>
        <p className="text-stone-700">{t("statements.intro")}</p>
      </div>
      <EarningsNav />
      {loaderData.periodValid ? null : <Alert tone="info">{t("statements.periodInvalid")}</Alert>}
      <div className="flex flex-wrap items-end justify-between gap-3 print:hidden">
        <StatementPeriodForm years={loaderData.years} year={statement.year} month={statement.month} locale={locale} />
        <div className="flex flex-wrap gap-2">
          <PrintButton />
          {/* A plain link: the browser downloads it (Content-Disposition), no script involved. */}
          <a href={`/earnings/statements.csv?${query}`} className={buttonClassName("secondary")} download>
            {t("statements.downloadCsv")}
          </a>
        </div>
      </div>
      <StatementSheet statement={statement} locale={locale} generatedAt={loaderData.generatedAt} />
    </Container>
  );
}
