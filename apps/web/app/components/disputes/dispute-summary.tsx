import type { DisputePage } from "@hunar/disputes/read/get-dispute-page";
import { formatDate } from "@hunar/i18n/format";
import { Card } from "@hunar/ui/layout";
import { useTranslation } from "#app/utils/use-translation.ts";
import { Link } from "react-router";
import { money, useLocale } from "#app/components/wallet/money.tsx";

/** The dispute at a glance: its state, the escrow under dispute, the parties, and the dates that matter now. */
export function DisputeSummary({ page }: { page: DisputePage }) {
  const { t } = useTranslation("disputes");
  const locale = useLocale();
  const when = (date: Date) => formatDate(date, locale, { dateStyle: "medium", timeStyle: "short" });
  const { dispute, order } = page;
  const opener = dispute.openedById === page.client.id ? page.client : page.freelancer;
  return (
    <Card className="flex flex-col gap-3">
      <p>
        <span className="rounded bg-amber-50 px-2 py-1 font-semibold text-amber-900">{t(`statuses.${dispute.status}`)}</span>
      </p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
        <dt className="text-stone-600">{t("summary.order")}</dt>
        <dd>
          <Link to={`/orders/${encodeURIComponent(order.id)}`} className="text-emerald-800 underline">
            {t("summary.orderNumber", { number: order.number })}
          </Link>{" "}
          <bdi dir="auto">{order.title}</bdi>
        </dd>
        {order.milestoneTitle ? (
          <>
            <dt className="text-stone-600">{t("summary.milestone")}</dt>
            <dd dir="auto">{order.milestoneTitle}</dd>
          </>
        ) : null}
        <dt className="text-stone-600">{t("summary.escrow")}</dt>
        <dd className="font-semibold">{money(dispute.escrowPaisa, locale)}</dd>
        <dt className="text-stone-600">{t("summary.reason")}</dt>
        <dd>{t(`reasons.${dispute.reason}`)}</dd>
        <dt className="text-stone-600">{t("summary.client")}</dt>
        <dd>
          <bdi>{page.client.displayName}</bdi>
        </dd>
        <dt className="text-stone-600">{t("summary.freelancer")}</dt>
        <dd>
          <bdi>{page.freelancer.displayName}</bdi>
        </dd>
        <dt className="text-stone-600">{t("summary.opened")}</dt>
        <dd>{t("summary.openedBy", { name: opener.displayName, date: when(dispute.createdAt) })}</dd>
        <dt className="text-stone-600">{t("summary.answer")}</dt>
        <dd>
          {dispute.answeredAt
            ? t("summary.answeredAt", { date: when(dispute.answeredAt) })
            : t("summary.answerDue", { date: when(dispute.answerDueAt) })}
        </dd>
        {dispute.appealUntil ? (
          <>
            <dt className="text-stone-600">{t("summary.appeal")}</dt>
            <dd>{t("summary.appealUntil", { date: when(dispute.appealUntil) })}</dd>
          </>
        ) : null}
      </dl>
    </Card>
  );
}
