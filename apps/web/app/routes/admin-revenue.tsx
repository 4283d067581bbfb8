import { isAppError } from "@hunar/core/app-error";
import { formatDate } from "@hunar/i18n/format";
import { getRevenueReport } from "@hunar/payments/statements/get-revenue-report";
import { pktMonthKey } from "@hunar/payments/statements/pakistan-time";
import { Alert } from "@hunar/ui/alert";
import { Button } from "@hunar/ui/button";
import { TextField } from "@hunar/ui/field";
import { Container } from "@hunar/ui/layout";
import { useTranslation } from "#app/utils/use-translation.ts";
import { data, Form } from "react-router";
import { money, useLocale } from "#app/components/wallet/money.tsx";
import { useMessage } from "#app/hooks/use-message.ts";
import { requireAdmin } from "#app/utils/auth.server.ts";
import type { Route } from "./+types/admin-revenue";

const COLUMNS = ["clientFeesPaisa", "freelancerFeesPaisa", "adjustmentsPaisa", "totalPaisa"] as const;
const HEADINGS = {
  clientFeesPaisa: "clientFees",
  freelancerFeesPaisa: "freelancerFees",
  adjustmentsPaisa: "adjustments",
  totalPaisa: "total",
} as const;

type Amounts = Record<(typeof COLUMNS)[number], bigint>;
const asStrings = (row: Amounts) =>
  Object.fromEntries(COLUMNS.map((column) => [column, row[column].toString()])) as Record<(typeof COLUMNS)[number], string>;

export async function loader({ request, context }: Route.LoaderArgs) {
  await requireAdmin(request, context);
  const typed = new URL(request.url).searchParams.get("year");
  // This year in Pakistan unless another is asked for; a year that is not one gets the form back with its error.
  const year = typed === null || typed.trim() === "" ? Number(pktMonthKey(new Date()).slice(0, 4)) : Number(typed.trim());
  try {
    const report = await getRevenueReport(context.db, { year });
    return {
      year: String(report.year),
      months: report.months.map((m) => ({ month: m.month, ...asStrings(m) })),
      totals: asStrings(report.totals),
      error: null,
    };
  } catch (error) {
    if (!isAppError(error) || error.code !== "BAD_INPUT") throw error;
    return data({ year: typed ?? "", months: [], totals: null, error: error.fields?.year ?? { key: error.messageKey } }, { status: 400 });
  }
}

export default function AdminRevenue({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation("wallet");
  const locale = useLocale();
  const message = useMessage();
  const { year, months, totals, error } = loaderData;
  const monthName = (key: string) => formatDate(`${key}-15T12:00:00+05:00`, locale, { month: "long", year: "numeric" });
  const nothing = totals !== null && months.every((row) => COLUMNS.every((column) => BigInt(row[column]) === 0n));
  return (
    <Container className="flex flex-col gap-6 py-8">
      <title>{`${t("adminRevenue.title")} · ${t("common:appName")}`}</title>
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold">{t("adminRevenue.title")}</h1>
        <p className="text-stone-700">{t("adminRevenue.intro")}</p>
      </div>
      <Form method="get" className="flex flex-wrap items-end gap-3">
        <TextField
          name="year"
          label={t("adminRevenue.year")}
          defaultValue={year}
          inputMode="numeric"
          dir="ltr"
          className="w-32"
          error={message(error ?? undefined)}
        />
        <Button type="submit" variant="secondary">
          {t("adminRevenue.show")}
        </Button>
      </Form>
      {totals === null ? null : nothing ? <Alert tone="info">{t("adminRevenue.empty", { year })}</Alert> : null}
      {totals === null ? null : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse bg-white text-sm">
            <thead>
              <tr className="border-b border-stone-300">
                <th scope="col" className="px-3 py-2 text-start">
                  {t("adminRevenue.month")}
                </th>
                {COLUMNS.map((column) => (
                  <th key={column} scope="col" className="px-3 py-2 text-end">
                    {t(`adminRevenue.${HEADINGS[column]}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {months.map((row) => (
                <tr key={row.month} className="border-b border-stone-200">
                  <th scope="row" className="px-3 py-2 text-start font-normal">
                    {monthName(row.month)}
                  </th>
                  {COLUMNS.map((column) => (
                    <td key={column} className="px-3 py-2 text-end" data-month={row.month} data-column={column}>
                      {money(row[column], locale)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr className="border-t-2 border-stone-800 font-bold">
                <th scope="row" className="px-3 py-2 text-start">
                  {t("adminRevenue.total")}
                </th>
                {COLUMNS.map((column) => (
                  <td key={column} className="px-3 py-2 text-end">
                    {money(totals[column], locale)}
                  </td>
                ))}
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </Container>
  );
}
