import type { Locale } from "@hunar/i18n/config";
import { formatDate, formatNumber } from "@hunar/i18n/format";
import { Button } from "@hunar/ui/button";
import { SelectField } from "@hunar/ui/select";
import { useTranslation } from "#app/utils/use-translation.ts";
import { Form } from "react-router";

/** Picks the statement's year and month (or the whole year) with a GET form: no script needed. */
export function StatementPeriodForm({
  years,
  year,
  month,
  locale,
}: {
  years: readonly number[];
  year: number;
  month: number | null;
  locale: Locale;
}) {
  const { t } = useTranslation("earnings");
  return (
    <Form method="get" className="flex flex-wrap items-end gap-3 print:hidden" aria-label={t("statements.period")}>
      <SelectField name="year" label={t("statements.year")} defaultValue={String(year)}>
        {years.map((value) => (
          <option key={value} value={value}>
            {formatNumber(value, locale, { useGrouping: false })}
          </option>
        ))}
      </SelectField>
      <SelectField name="month" label={t("statements.month")} defaultValue={month ? String(month) : ""}>
        <option value="">{t("statements.wholeYear")}</option>
        {Array.from({ length: 12 }, (_, index) => index + 1).map((value) => (
          <option key={value} value={value}>
            {formatDate(new Date(Date.UTC(2000, value - 1, 15)), locale, { month: "long", timeZone: "UTC" })}
          </option>
        ))}
      </SelectField>
      <Button type="submit" variant="secondary">
        {t("statements.show")}
      </Button>
    </Form>
  );
}
