import { adminDisputeHref } from "@hunar/disputes/dispute-link";
import { DECISION_TARGET_DAYS } from "@hunar/disputes/dispute-rules";
import { listDisputeQueue } from "@hunar/disputes/read/dispute-queue";
import { formatDate } from "@hunar/i18n/format";
import { Container } from "@hunar/ui/layout";
import { useTranslation } from "#app/utils/use-translation.ts";
import { Link } from "react-router";
import { money, useLocale } from "#app/components/wallet/money.tsx";
import { requireAdmin } from "#app/utils/auth.server.ts";
import { orPageError } from "#app/utils/route-errors.server.ts";
import type { Route } from "./+types/admin-disputes";

/** Disputes waiting for an admin, the longest wait first, in keyset pages (`?cursor=`). */
export async function loader({ request, context }: Route.LoaderArgs) {
  const { user } = await requireAdmin(request, context);
  const cursor = new URL(request.url).searchParams.get("cursor");
  return orPageError(listDisputeQueue(context.db, { userId: user.id }, { cursor }));
}

export default function AdminDisputes({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation("disputes");
  const locale = useLocale();
  const when = (date: Date) => formatDate(date, locale, { dateStyle: "medium", timeStyle: "short" });
  const { disputes, nextCursor } = loaderData;
  return (
    <Container className="flex flex-col gap-6 py-8">
      <title>{`${t("queue.title")} · ${t("common:appName")}`}</title>
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold">{t("queue.title")}</h1>
        <p className="text-stone-700">{t("queue.intro", { days: DECISION_TARGET_DAYS })}</p>
      </div>
      {disputes.length === 0 ? <p className="text-stone-700">{t("queue.empty")}</p> : null}
      <ol className="flex flex-col gap-3">
        {disputes.map((dispute) => (
          <li key={dispute.id} className="flex flex-col gap-1 rounded-md border border-stone-200 bg-white p-4">
            <p className="flex flex-wrap items-center gap-2">
              <Link to={adminDisputeHref(dispute.id)} className="font-semibold text-emerald-800 underline">
                {t("summary.orderNumber", { number: dispute.orderNumber })}
              </Link>
              <bdi dir="auto">{dispute.title}</bdi>
              <span className="rounded bg-stone-100 px-2 text-sm">{t(`statuses.${dispute.status}`)}</span>
              {dispute.overdue ? (
                <span className="rounded bg-red-100 px-2 text-sm font-semibold text-red-900">{t("queue.overdue")}</span>
              ) : null}
              {dispute.awaitingAnswer ? (
                <span className="rounded bg-amber-50 px-2 text-sm text-amber-900">{t("queue.awaitingAnswer")}</span>
              ) : null}
            </p>
            <p className="text-sm text-stone-700">
              {t(`reasons.${dispute.reason}`)} · {money(dispute.escrowPaisa, locale)} ·{" "}
              {t("queue.opened", { date: when(dispute.createdAt) })}
              {dispute.appealedAt ? ` · ${t("queue.appealed", { date: when(dispute.appealedAt) })}` : ""}
            </p>
          </li>
        ))}
      </ol>
      {nextCursor ? (
        <Link to={`?cursor=${encodeURIComponent(nextCursor)}`} className="text-emerald-800 underline">
          {t("queue.next")}
        </Link>
      ) : null}
    </Container>
  );
}
