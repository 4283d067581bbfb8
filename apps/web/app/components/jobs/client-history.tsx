import type { Locale } from "@hunar/i18n/config";
import { formatDate, formatNumber, formatPercent } from "@hunar/i18n/format";
import { Card } from "@hunar/ui/layout";
import { useTranslation } from "#app/utils/use-translation.ts";

export interface ClientHistoryView {
  jobsPosted: number;
  hireRate: number | null;
  rating: number | null;
  ratingCount: number;
  memberSince: Date | string;
}

/** What a freelancer weighs about the client before bidding: their record on Hunar. */
export function ClientHistory({ client }: { client: ClientHistoryView }) {
  const { t, i18n } = useTranslation("jobs");
  const locale = i18n.language as Locale;
  const facts: [string, string][] = [
    [t("page.client.jobsPosted"), formatNumber(client.jobsPosted, locale)],
    [t("page.client.hireRate"), client.hireRate === null ? t("page.client.noHires") : formatPercent(client.hireRate, locale)],
    [
      t("page.client.rating"),
      client.rating === null
        ? t("page.client.noRating")
        : t("page.client.ratingValue", { rating: formatNumber(client.rating, locale), count: client.ratingCount }),
    ],
    [t("page.client.memberSince"), formatDate(client.memberSince, locale, { year: "numeric", month: "long" })],
  ];
  return (
    <Card className="flex flex-col gap-3">
      <h2 className="text-lg font-bold">{t("page.client.title")}</h2>
      <dl className="flex flex-col gap-2">
        {facts.map(([label, value]) => (
          <div key={label} className="flex flex-wrap justify-between gap-x-3">
            <dt className="text-stone-600">{label}</dt>
            <dd className="font-medium">{value}</dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}
