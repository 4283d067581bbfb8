import type { MilestonesView } from "@hunar/orders/milestones/milestones-view";
import { formatDate, formatNumber } from "@hunar/i18n/format";
import { Button, buttonClassName } from "@hunar/ui/button";
import { Card } from "@hunar/ui/layout";
import { useTranslation } from "#app/utils/use-translation.ts";
import { Form, Link } from "react-router";
import { money, useLocale } from "#app/components/wallet/money.tsx";

/**
 * A contract's milestones in order, each with its amount, state and due date, the current one
 * marked. The client pays the next one from here (the pay page funds exactly that milestone) or,
 * between milestones, ends the contract; nothing is held then, so nothing moves.
 */
export function MilestonesPanel({
  orderId,
  milestones,
  viewerIsClient,
  canEnd,
}: {
  orderId: string;
  milestones: MilestonesView;
  viewerIsClient: boolean;
  canEnd: boolean;
}) {
  const { t } = useTranslation("orders");
  const locale = useLocale();
  if (milestones.items.length === 0) return null;
  const next = milestones.items.find((item) => item.id === milestones.nextId);
  return (
    <Card className="flex flex-col gap-4">
      <h2 className="text-xl font-bold">{t("milestones.heading")}</h2>
      <ol className="flex flex-col gap-2">
        {milestones.items.map((item) => {
          const current = item.id === milestones.currentId || item.id === milestones.nextId;
          return (
            <li
              key={item.id}
              aria-current={current ? "step" : undefined}
              className={`flex flex-col gap-1 rounded-md border p-3 ${current ? "border-emerald-600 bg-emerald-50" : "border-stone-200"}`}
            >
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <span dir="auto" className="font-semibold">
                  {t("milestones.item", { position: formatNumber(item.position, locale), title: item.title })}
                </span>
                <span>{money(item.amountPaisa, locale)}</span>
              </div>
              <div className="flex flex-wrap gap-3 text-sm text-stone-700">
                <span>{t(`milestones.status.${item.status}`)}</span>
                {item.dueAt && (item.status === "FUNDED" || item.status === "DELIVERED") ? (
                  <span>
                    {t("milestones.dueAt", { date: formatDate(item.dueAt, locale, { dateStyle: "medium", timeStyle: "short" }) })}
                  </span>
                ) : null}
                {item.status === "PENDING" ? (
                  <span>{t("milestones.days", { count: item.durationDays, days: formatNumber(item.durationDays, locale) })}</span>
                ) : null}
              </div>
            </li>
          );
        })}
      </ol>
      {viewerIsClient && next && milestones.nextDuePaisa !== null ? (
        <div className="flex flex-wrap items-center gap-3">
          <Link to={`/orders/${encodeURIComponent(orderId)}/pay`} className={buttonClassName("primary")}>
            {t("milestones.pay", { position: formatNumber(next.position, locale), amount: money(milestones.nextDuePaisa, locale) })}
          </Link>
          {canEnd ? (
            <Form method="post" action="?intent=endContract">
              <Button type="submit" variant="secondary">
                {t("milestones.end")}
              </Button>
            </Form>
          ) : null}
        </div>
      ) : null}
    </Card>
  );
}
