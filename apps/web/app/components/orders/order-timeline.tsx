import { formatDate } from "@hunar/i18n/format";
import type { TimelineEntry } from "@hunar/orders/page/read-timeline";
import { useTranslation } from "#app/utils/use-translation.ts";
import { useLocale } from "#app/components/wallet/money.tsx";

/** Everything that happened to the order, oldest first: what, who, and when in Pakistan time. */
export function OrderTimeline({ entries }: { entries: TimelineEntry[] }) {
  const { t } = useTranslation("orders");
  const locale = useLocale();
  return (
    <section aria-labelledby="order-timeline" className="flex flex-col gap-3">
      <h2 id="order-timeline" className="text-xl font-bold">
        {t("page.timeline")}
      </h2>
      <ol className="flex flex-col gap-3 border-s-2 border-stone-200 ps-4">
        {entries.map((entry) => (
          <li key={entry.id} data-event={entry.kind} className="flex flex-col">
            <span className="font-semibold">{t(`timeline.${entry.kind}`, timelineParams(entry.data))}</span>
            <span className="text-sm text-stone-600">
              <bdi>{entry.actor?.displayName ?? t("timeline.byPlatform")}</bdi>
              {" · "}
              <time dateTime={entry.at}>{formatDate(entry.at, locale, { dateStyle: "medium", timeStyle: "short" })}</time>
            </span>
            {entry.kind === "outageGrace" && typeof entry.data.reason === "string" ? (
              <span dir="auto" className="text-sm text-stone-700">
                {entry.data.reason}
              </span>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The numbers a timeline label may name (days, hours); everything else stays out of the text. */
function timelineParams(data: Record<string, unknown>): Record<string, number> {
  return Object.fromEntries(Object.entries(data).filter((entry): entry is [string, number] => typeof entry[1] === "number"));
}
