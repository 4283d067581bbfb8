import { formatDate } from "@hunar/i18n/format";
import type { ActivityPage } from "@hunar/payments/statements/list-account-activity";
import { useTranslation } from "#app/utils/use-translation.ts";
import { Link } from "react-router";
import { money, useLocale } from "./money.tsx";

/** Ledger lines for the page: amounts as strings of paisa (BigInt in the ledger). */
export function activityView(page: ActivityPage) {
  return {
    items: page.items.map((line) => ({ ...line, amountPaisa: line.amountPaisa.toString() })),
    nextCursor: page.nextCursor,
  };
}

export type ActivityView = ReturnType<typeof activityView>;

/** The wallet's movements, newest first; money in shows with a plus sign, money out with a minus. */
export function ActivityList({ activity }: { activity: ActivityView }) {
  const { t } = useTranslation("wallet");
  const locale = useLocale();
  if (activity.items.length === 0) return <p className="text-stone-700">{t("wallet.activityEmpty")}</p>;
  return (
    <div className="flex flex-col gap-3">
      <ul className="flex flex-col divide-y divide-stone-200 rounded-md border border-stone-200 bg-white">
        {activity.items.map((line) => {
          const amount = BigInt(line.amountPaisa);
          return (
            <li key={line.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
              <div className="flex flex-col gap-1">
                <span className="font-medium">{t(`payments:kinds.${line.kind}`)}</span>
                <span className="text-sm text-stone-600">
                  {formatDate(line.createdAt, locale, { dateStyle: "medium", timeStyle: "short" })}
                  {line.orderNumber === null ? null : (
                    <>
                      {" · "}
                      {t("wallet.activityOrder", { number: line.orderNumber })}
                      {line.orderTitle ? (
                        <>
                          {" · "}
                          <bdi>{line.orderTitle}</bdi>
                        </>
                      ) : null}
                    </>
                  )}
                </span>
              </div>
              <bdi className={amount < 0n ? "font-semibold text-red-800" : "font-semibold text-emerald-800"}>
                {amount > 0n ? "+" : ""}
                {money(amount, locale)}
              </bdi>
            </li>
          );
        })}
      </ul>
      {activity.nextCursor ? (
        <Link to={`/wallet?cursor=${encodeURIComponent(activity.nextCursor)}`} className="self-start text-emerald-800 underline">
          {t("wallet.older")}
        </Link>
      ) : null}
    </div>
  );
}
