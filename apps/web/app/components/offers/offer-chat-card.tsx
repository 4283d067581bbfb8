import type { ChatMessage } from "@hunar/chat/realtime/events";
import { formatNumber } from "@hunar/i18n/format";
import { useTranslation } from "#app/utils/use-translation.ts";
import { Link } from "react-router";
import { money, useLocale } from "#app/components/wallet/money.tsx";
import { OfferAnswerForm } from "./offer-answer-form.tsx";
import type { OfferState } from "./offer-card-state.ts";

/**
 * A custom offer as a card in the conversation: what, how much, how long, its status, and the
 * reader's answers as plain forms posting to the offer's page (accepting goes on to paying; a
 * decline or withdrawal comes back here). The full terms are one link away.
 */
export function OfferChatCard({ message, state }: { message: Pick<ChatMessage, "data" | "about">; state: OfferState }) {
  const { t } = useTranslation("chat");
  const locale = useLocale();
  const offerId = message.about?.offerId ?? "";
  const href = `/offers/${encodeURIComponent(offerId)}`;
  const data = message.data ?? {};
  const title = typeof data.title === "string" ? data.title : null;
  const price = typeof data.pricePaisa === "number" ? data.pricePaisa : null;
  const days = typeof data.deliveryDays === "number" ? data.deliveryDays : null;
  const milestones = typeof data.milestones === "number" ? data.milestones : 0;
  return (
    <article
      aria-label={t("offer.heading")}
      className="flex flex-col gap-2 rounded-lg border border-emerald-200 bg-white p-3 text-start text-stone-900"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <p className="text-xs font-semibold text-emerald-800">{t("offer.heading")}</p>
        <span className="rounded-full bg-stone-100 px-2 py-0.5 text-xs">{t(`offer.status.${state.status}`)}</span>
      </div>
      {title ? (
        <p dir="auto" className="font-semibold">
          {title}
        </p>
      ) : null}
      {price !== null && days !== null ? (
        <p className="text-sm">
          {[
            money(price, locale),
            t("offer.days", { count: days, days: formatNumber(days, locale) }),
            milestones > 0 ? t("offer.inMilestones", { count: milestones, number: formatNumber(milestones, locale) }) : null,
          ]
            .filter(Boolean)
            .join(" · ")}
        </p>
      ) : null}
      <div className="flex flex-wrap items-center gap-2">
        {(["accept", "decline", "withdraw"] as const).map((answer) =>
          state.may[answer] ? <OfferAnswerForm key={answer} offerId={offerId} answer={answer} from="chat" size="sm" /> : null,
        )}
        <Link to={href} className="text-sm font-semibold text-emerald-800 underline">
          {t("offer.view")}
        </Link>
      </div>
    </article>
  );
}
