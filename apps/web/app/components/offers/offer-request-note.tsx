import type { ChatMessage } from "@hunar/chat/realtime/events";
import { formatNumber } from "@hunar/i18n/format";
import { buttonClassName } from "@hunar/ui/button";
import { useTranslation } from "#app/utils/use-translation.ts";
import { Link } from "react-router";
import { money, useLocale } from "#app/components/wallet/money.tsx";

/**
 * Under the note that a client asked for a custom offer on a gig: the budget and days they gave,
 * and, for the freelancer, the way to answer: the offer form, naming that gig and starting from
 * what the client asked for. The client's own words are the message just before it.
 */
export function OfferRequestNote({ message, mine }: { message: Pick<ChatMessage, "conversationId" | "data" | "about">; mine: boolean }) {
  const { t } = useTranslation("chat");
  const locale = useLocale();
  const budgetPaisa = typeof message.data?.budgetPaisa === "number" ? message.data.budgetPaisa : null;
  const days = typeof message.data?.days === "number" ? message.data.days : null;
  const start = new URLSearchParams();
  if (message.about?.gigId) start.set("gigId", message.about.gigId);
  if (budgetPaisa !== null) start.set("priceRupees", String(Math.round(budgetPaisa / 100)));
  if (days !== null) start.set("deliveryDays", String(days));
  const wish = [
    budgetPaisa !== null ? t("offerRequest.budgetLine", { amount: money(budgetPaisa, locale) }) : null,
    days !== null ? t("offerRequest.daysLine", { count: days, number: formatNumber(days, locale) }) : null,
  ].filter(Boolean);
  return (
    <div className="flex flex-col items-center gap-2">
      {wish.length > 0 ? <p>{wish.join(" · ")}</p> : null}
      {mine ? null : (
        <Link
          to={`/inbox/${encodeURIComponent(message.conversationId)}/offer?${start.toString()}`}
          className={buttonClassName("primary", "sm")}
        >
          {t("offerRequest.answer")}
        </Link>
      )}
    </div>
  );
}
